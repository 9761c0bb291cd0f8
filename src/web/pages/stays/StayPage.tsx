import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { type StayDetail, useCancelStay, useStay } from '../../api/stays.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate, todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { EditStayDialog } from './EditStayDialog.js';
import { ReportStayDialog } from './ReportStayDialog.js';
import { StayCostsSection } from './StayCostsSection.js';
import { StayObservationsSection } from './StayObservationsSection.js';
import { StayProgrammeSection } from './StayProgrammeSection.js';
import { statusColor } from './stay-status.js';

const stayRoute = getRouteApi('/app/stays/$stayId');

/**
 * An exploratory stay's own page, for the organization accompanying the household (owner) and for its
 * host partner (host): who goes where and when, the programme, the costs, the report and the host's
 * observations. Each side sees the actions the server's `actions` list grants it, no more.
 */
export function StayPage() {
  const { t } = useTranslation();
  const { stayId } = stayRoute.useParams();
  const stay = useStay(stayId);
  const data = stay.data;
  return (
    <Stack gap="md">
      <PageTitle
        title={
          data
            ? t('stays.page.title', { region: data.region.name || data.region.code })
            : t('stays.section.title')
        }
      />
      {data?.side === 'owner' && data.personId ? (
        <Anchor
          renderRoot={(props) => (
            <Link
              to="/people/$personId"
              params={{ personId: data.personId as string }}
              search={{ tab: 'enrolments' }}
              {...props}
            />
          )}
        >
          {t('stays.page.backToFile')}
        </Anchor>
      ) : data ? (
        <Anchor renderRoot={(props) => <Link to="/regions" {...props} />}>
          {t('stays.page.backToRegions')}
        </Anchor>
      ) : null}
      <QueryState isPending={stay.isPending} error={stay.error} onRetry={() => stay.refetch()}>
        {data ? (
          <>
            <StayDetails stay={data} />
            <StayProgrammeSection stay={data} />
            <StayCostsSection stay={data} />
            <StayObservationsSection stay={data} />
          </>
        ) : null}
      </QueryState>
    </Stack>
  );
}

/** Where, when, who, hosted by whom, the status and decision; the owner's actions on the stay itself. */
function StayDetails({ stay }: { stay: StayDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reporting, setReporting] = useState(false);
  const may = (action: StayDetail['actions'][number]) => stay.actions.includes(action);
  const begun = stay.startsOn <= todayInOrganization();
  const hidden = stay.travellers.some((traveller) => !traveller.named);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="stay-details-title">
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={2} size="h4" id="stay-details-title">
            {t('stays.page.details')}
          </Title>
          <Badge color={statusColor[stay.status]}>{t(`stays.status.${stay.status}`)}</Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Fact label={t('stays.page.region')}>{stay.region.name || stay.region.code}</Fact>
          <Fact label={t('stays.page.dates')}>
            {t('stays.page.datesValue', { from: formatDate(stay.startsOn), to: formatDate(stay.endsOn) })}
          </Fact>
          <Fact label={t('stays.page.host')}>{stay.host.name}</Fact>
          <Fact label={t('stays.page.organization')}>{stay.organization.name}</Fact>
          <Fact label={t('stays.page.travellers')}>
            {[
              stay.travellers.map((traveller) => traveller.name).join(', ') || t('stays.page.nobody'),
              stay.childrenWithoutFile > 0
                ? t('stays.section.children', { count: stay.childrenWithoutFile })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Fact>
          <Fact label={t('stays.page.decision')}>
            {stay.decision
              ? stay.decidedOn
                ? t('stays.section.decidedOn', {
                    decision: t(`stays.decision.${stay.decision}`),
                    date: formatDate(stay.decidedOn),
                  })
                : t('stays.section.decision', { decision: t(`stays.decision.${stay.decision}`) })
              : t('stays.section.noDecision')}
          </Fact>
          {stay.purpose ? <Fact label={t('stays.page.purpose')}>{stay.purpose}</Fact> : null}
          {stay.reportNote ? <Fact label={t('stays.page.reportNote')}>{stay.reportNote}</Fact> : null}
        </SimpleGrid>
        {hidden && stay.side === 'host' ? (
          <Text size="xs" c="dimmed">
            {t('stays.page.initialsHint')}
          </Text>
        ) : null}
        {may('edit') || may('cancel') || (may('report') && begun) ? (
          <Group gap="xs" role="group" aria-label={t('stays.page.actions')}>
            {may('edit') ? (
              <Button size="xs" variant="light" onClick={() => setEditing(true)}>
                {t('stays.page.edit')}
              </Button>
            ) : null}
            {may('report') && begun ? (
              <Button size="xs" variant="light" onClick={() => setReporting(true)}>
                {stay.status === 'done' ? t('stays.section.correctReport') : t('stays.section.report')}
              </Button>
            ) : null}
            {may('cancel') ? (
              <Button size="xs" variant="light" color="red.8" onClick={() => setCancelling(true)}>
                {t('stays.page.cancel')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
      {editing ? <EditStayDialog stay={stay} onClose={() => setEditing(false)} /> : null}
      {reporting ? <ReportStayDialog stay={stay} onClose={() => setReporting(false)} /> : null}
      {cancelling ? <CancelStayDialog stay={stay} onClose={() => setCancelling(false)} /> : null}
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="div">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** Cancelling is final: asked once more, with what it means. */
function CancelStayDialog({ stay, onClose }: { stay: StayDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelStay(stay.id);
  return (
    <Dialog opened onClose={onClose} title={t('stays.page.cancelTitle')}>
      <Stack gap="sm">
        {cancel.error ? (
          <Alert color="red" role="alert">
            {errorMessage(cancel.error)}
          </Alert>
        ) : null}
        <Text size="sm">{t('stays.page.cancelText')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('stays.page.keep')}
          </Button>
          <Button
            color="red.8"
            loading={cancel.isPending}
            onClick={() =>
              cancel.mutate(undefined, {
                onSuccess: () => {
                  notify({ color: 'green', message: t('stays.page.cancelled') });
                  onClose();
                },
              })
            }
          >
            {t('stays.page.cancelConfirm')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
