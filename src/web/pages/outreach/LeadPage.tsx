import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LeadView, useChangeLead, useLead } from '../../api/outreach.js';
import { useSession } from '../../api/session.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { LeadAttempts } from './LeadAttempts.js';
import { type LeadDraft, LeadForm } from './LeadForm.js';
import { LeadNextSteps, LeadOutcome } from './LeadNextSteps.js';
import { leadName } from './OutreachPage.js';

const route = getRouteApi('/app/outreach/$leadId');

/** One lead: who and how to reach them, the attempts so far, and what comes next (link, close, reopen). */
export function LeadPage() {
  const { t } = useTranslation();
  const { leadId } = route.useParams();
  const lead = useLead(leadId);
  return (
    <>
      <PageTitle
        title={lead.data ? leadName(lead.data, t('outreach.anonymized')) : t('outreach.title')}
        intro={
          <Anchor size="sm" renderRoot={(props) => <Link to="/outreach" {...props} />}>
            {t('outreach.back')}
          </Anchor>
        }
      />
      <QueryState isPending={lead.isPending} error={lead.error} onRetry={() => lead.refetch()}>
        {lead.data ? <LeadDetail lead={lead.data} /> : null}
      </QueryState>
    </>
  );
}

function LeadDetail({ lead }: { lead: LeadView }) {
  const { t } = useTranslation();
  const open = lead.outcome === null;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack>
          <About lead={lead} />
          <LeadAttempts lead={lead} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="lead-next">
          <Title order={2} size="h4" id="lead-next" mb="sm">
            {t('outreach.next')}
          </Title>
          {open ? <LeadNextSteps lead={lead} /> : <LeadOutcome lead={lead} />}
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

function About({ lead }: { lead: LeadView }) {
  const { t } = useTranslation();
  const session = useSession();
  const [editing, setEditing] = useState(false);
  const change = useChangeLead(lead.id);
  const draft: LeadDraft = {
    programId: lead.programId ?? '',
    metOn: lead.metOn,
    source: lead.source,
    partnerKind: lead.partnerKind ?? '',
    partnerName: lead.partnerName ?? '',
    eventName: lead.eventName ?? '',
    givenName: lead.givenName ?? '',
    familyName: lead.familyName ?? '',
    phone: lead.phone ?? '',
    email: lead.email ?? '',
    language: lead.language ?? '',
    note: lead.note ?? '',
    assignedUserId: lead.assigned && lead.assigned.userId !== session.user.id ? lead.assigned.userId : '',
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lead-about">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="lead-about">
          {t(`outreach.source.${lead.source}`)}
        </Title>
        {lead.outcome === null ? (
          <Button size="compact-sm" variant="light" color="blue.8" onClick={() => setEditing(true)}>
            {t('outreach.edit')}
          </Button>
        ) : null}
      </Group>
      <Stack gap={4}>
        {lead.anonymized ? (
          <Alert color="gray" role="status">
            {t('outreach.anonymizedNotice')}
          </Alert>
        ) : null}
        {lead.partnerKind ? <Text size="sm">{t(`outreach.partnerKind.${lead.partnerKind}`)}</Text> : null}
        {lead.partnerName || lead.eventName ? (
          <Text size="sm">{lead.partnerName ?? lead.eventName}</Text>
        ) : null}
        <Text size="sm">
          {t('outreach.columns.metOn')} {formatDate(lead.metOn)}
        </Text>
        {lead.assigned ? (
          <Text size="sm">{t('outreach.followedBy', { name: lead.assigned.name ?? '—' })}</Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('outreach.metBy', {
            name: lead.createdBy.name ?? '—',
            date: formatDate(lead.createdAt.slice(0, 10)),
          })}
        </Text>
        <Title order={3} size="h5" mt="sm">
          {t('outreach.contact')}
        </Title>
        {lead.phone || lead.email ? (
          <>
            {lead.phone ? <Anchor href={`tel:${lead.phone.replace(/\s/g, '')}`}>{lead.phone}</Anchor> : null}
            {lead.email ? <Anchor href={`mailto:${lead.email}`}>{lead.email}</Anchor> : null}
          </>
        ) : (
          <Text size="sm">{t('outreach.noContact')}</Text>
        )}
        {lead.language ? (
          <Text size="sm">
            {t('outreach.fields.language')} : {lead.language}
          </Text>
        ) : null}
        {lead.note ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {lead.note}
          </Text>
        ) : null}
      </Stack>
      <Dialog opened={editing} onClose={() => setEditing(false)} title={t('outreach.editTitle')} size="lg">
        <LeadForm
          initial={draft}
          submitLabel={t('outreach.save')}
          pending={change.isPending}
          error={change.error}
          onSubmit={async (body) => {
            await change.mutateAsync(body);
            notify({ color: 'green', message: t('outreach.saved') });
            setEditing(false);
          }}
        />
      </Dialog>
    </Paper>
  );
}
