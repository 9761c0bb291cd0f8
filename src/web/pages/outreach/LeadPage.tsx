import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Grid,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import {
  closingOutcomes,
  contactChannels,
  type LeadView,
  useChangeLead,
  useCloseLead,
  useConvertLead,
  useLead,
  useRecordAttempt,
  useReopenLead,
} from '../../api/outreach.js';
import { useSession } from '../../api/session.js';
import { searchPeopleOptions } from '../../api/sessions.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { type PickerOption, SearchPicker } from '../../components/SearchPicker.js';
import { formatDate, formatDateTime, todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { type LeadDraft, LeadForm } from './LeadForm.js';
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
          <Attempts lead={lead} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="lead-next">
          <Title order={2} size="h4" id="lead-next" mb="sm">
            {t('outreach.next')}
          </Title>
          {open ? <NextSteps lead={lead} /> : <Outcome lead={lead} />}
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

function Attempts({ lead }: { lead: LeadView }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lead-attempts">
      <Title order={2} size="h4" id="lead-attempts" mb="sm">
        {t('outreach.attempts')}
      </Title>
      {lead.attemptsMade.length === 0 ? (
        <Text size="sm">{t('outreach.noAttempts')}</Text>
      ) : (
        <List spacing="xs" listStyleType="none" aria-label={t('outreach.attemptsLabel')}>
          {lead.attemptsMade.map((attempt) => (
            <List.Item key={attempt.id}>
              <Text size="sm">
                {t('outreach.attemptLine', {
                  channel: t(`outreach.channel.${attempt.channel}`),
                  when: formatDateTime(attempt.attemptedAt),
                  result: attempt.reached ? t('outreach.reached') : t('outreach.notReached'),
                  name: attempt.recordedBy.name ?? '—',
                })}
              </Text>
              {attempt.note ? (
                <Text size="xs" c="dimmed">
                  {attempt.note}
                </Text>
              ) : null}
            </List.Item>
          ))}
        </List>
      )}
      {lead.outcome === null ? <AttemptForm leadId={lead.id} /> : null}
    </Paper>
  );
}

/** A local date and time typed in the browser, sent with the browser's offset. */
const nowForInput = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const withOffset = (local: string) => new Date(local).toISOString();

function AttemptForm({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const record = useRecordAttempt(leadId);
  const [at, setAt] = useState(nowForInput);
  const [channel, setChannel] = useState<(typeof contactChannels)[number]>('phone');
  const [reached, setReached] = useState(false);
  const [note, setNote] = useState('');
  const fields = record.error instanceof ApiError ? record.error.fieldErrors() : {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await record.mutateAsync({ attemptedAt: withOffset(at), channel, reached, note: note.trim() || null });
      notify({ color: 'green', message: t('outreach.attemptSaved') });
      setNote('');
      setReached(false);
    } catch {
      // Shown above the form.
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('outreach.recordAttempt')}>
      <Stack gap="xs" mt="md">
        <Title order={3} size="h5">
          {t('outreach.recordAttempt')}
        </Title>
        {record.error && !fields.attemptedAt ? (
          <Alert color="red" role="alert">
            {errorMessage(record.error)}
          </Alert>
        ) : null}
        <Group grow wrap="wrap" align="flex-start">
          <TextInput
            type="datetime-local"
            label={t('outreach.attemptedAt')}
            required
            value={at}
            error={fields.attemptedAt}
            onChange={(event) => setAt(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('outreach.attemptChannel')}
            value={channel}
            onChange={(event) => setChannel(event.currentTarget.value as typeof channel)}
            data={contactChannels.map((value) => ({ value, label: t(`outreach.channel.${value}`) }))}
          />
        </Group>
        <Checkbox
          label={t('outreach.attemptReached')}
          checked={reached}
          onChange={(event) => setReached(event.currentTarget.checked)}
        />
        <Textarea
          label={t('outreach.attemptNote')}
          autosize
          minRows={1}
          maxLength={1000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" size="sm" loading={record.isPending} disabled={!at}>
            {t('outreach.recordAttempt')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function NextSteps({ lead }: { lead: LeadView }) {
  const { t } = useTranslation();
  const convert = useConvertLead(lead.id);
  const close = useCloseLead(lead.id);
  const [person, setPerson] = useState<PickerOption | null>(null);
  const [outcome, setOutcome] = useState<(typeof closingOutcomes)[number]>('not_interested');
  const [closedOn, setClosedOn] = useState(() => todayInOrganization());
  const closeFields = close.error instanceof ApiError ? close.error.fieldErrors() : {};
  return (
    <Stack>
      <Button
        variant="light"
        color="blue.8"
        renderRoot={(props) => <Link to="/people/new" search={{ lead: lead.id }} {...props} />}
      >
        {t('outreach.startIntake')}
      </Button>
      <Stack gap="xs" component="section" aria-labelledby="lead-link">
        <Title order={3} size="h5" id="lead-link">
          {t('outreach.link')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('outreach.linkHint')}
        </Text>
        {convert.error ? (
          <Alert color="red" role="alert">
            {errorMessage(convert.error)}
          </Alert>
        ) : null}
        <SearchPicker
          label={t('outreach.linkPerson')}
          queryKey="lead-person"
          search={searchPeopleOptions}
          value={person}
          onChange={setPerson}
        />
        <Group>
          <Button
            size="sm"
            disabled={!person}
            loading={convert.isPending}
            onClick={async () => {
              if (!person) return;
              try {
                await convert.mutateAsync(person.value);
                notify({ color: 'green', message: t('outreach.linked') });
              } catch {
                // Shown above.
              }
            }}
          >
            {t('outreach.linkButton')}
          </Button>
        </Group>
      </Stack>
      <form
        aria-labelledby="lead-close"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          try {
            await close.mutateAsync({ outcome, outcomeOn: closedOn });
            notify({ color: 'green', message: t('outreach.closed') });
          } catch {
            // Shown above the form.
          }
        }}
      >
        <Stack gap="xs">
          <Title order={3} size="h5" id="lead-close">
            {t('outreach.close')}
          </Title>
          {close.error && !closeFields.outcomeOn ? (
            <Alert color="red" role="alert">
              {errorMessage(close.error)}
            </Alert>
          ) : null}
          <Group grow wrap="wrap" align="flex-start">
            <NativeSelect
              label={t('outreach.closeOutcome')}
              value={outcome}
              onChange={(event) => setOutcome(event.currentTarget.value as typeof outcome)}
              data={closingOutcomes.map((value) => ({ value, label: t(`outreach.outcome.${value}`) }))}
            />
            <TextInput
              type="date"
              label={t('outreach.closeOn')}
              required
              value={closedOn}
              error={closeFields.outcomeOn}
              onChange={(event) => setClosedOn(event.currentTarget.value)}
            />
          </Group>
          <Group>
            <Button type="submit" size="sm" variant="outline" color="gray.8" loading={close.isPending}>
              {t('outreach.closeButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function Outcome({ lead }: { lead: LeadView }) {
  const { t } = useTranslation();
  const reopen = useReopenLead(lead.id);
  if (lead.outcome === null) return null;
  return (
    <Stack gap="sm" align="flex-start">
      <Badge variant="light" color={lead.outcome === 'enrolled' ? 'green.9' : 'gray.8'} size="lg">
        {t('outreach.outcomeOn', {
          outcome: t(`outreach.outcome.${lead.outcome}`),
          date: formatDate(lead.outcomeOn),
        })}
      </Badge>
      {lead.personId ? (
        <Anchor
          renderRoot={(props) => (
            <Link to="/people/$personId" params={{ personId: lead.personId as string }} {...props} />
          )}
        >
          {t('outreach.openFile')}
        </Anchor>
      ) : null}
      {reopen.error ? (
        <Alert color="red" role="alert">
          {errorMessage(reopen.error)}
        </Alert>
      ) : null}
      {lead.anonymized ? null : (
        <Button
          size="compact-sm"
          variant="light"
          color="blue.8"
          loading={reopen.isPending}
          onClick={async () => {
            try {
              await reopen.mutateAsync(undefined);
              notify({ color: 'green', message: t('outreach.reopened') });
            } catch {
              // Shown above.
            }
          }}
        >
          {t('outreach.reopen')}
        </Button>
      )}
    </Stack>
  );
}
