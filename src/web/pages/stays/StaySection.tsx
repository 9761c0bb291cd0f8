import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { useSession } from '../../api/session.js';
import {
  mayPlanStays,
  mayReadStays,
  type ReportStayBody,
  type StaySummary,
  stayDecisions,
  usePersonStays,
  useReportStay,
} from '../../api/stays.js';
import { formatDate, todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { okGreen } from '../../status-colors.js';
import { Dialog } from '../caseload/Dialog.js';
import { formatMoney, moneyLocale } from '../loan-fund/money.js';
import { PlanStayDialog } from './PlanStayDialog.js';

// Filled badges whose white text keeps a 4.5:1 contrast (axe).
const statusColor = { planned: 'blue.8', done: okGreen, cancelled: 'gray.7' } as const;

/**
 * On a person's file: the household's exploratory stays in a region — where, when, hosted by whom,
 * who went, what it cost and what the household decided —; planning one, and reporting on it once it
 * has begun (a later report corrects the decision).
 */
export function StaySection({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const readable = mayReadStays(session.role);
  const writable = mayPlanStays(session.role);
  const stays = usePersonStays(personId, readable);
  const [planning, setPlanning] = useState(false);
  const [reporting, setReporting] = useState<StaySummary | null>(null);
  if (!readable) return null;
  const items = stays.data?.items ?? [];
  const today = todayInOrganization();
  return (
    <Paper withBorder p="md" mt="md" component="section" aria-labelledby="stays-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="stays-title">
          {t('stays.section.title')}
        </Title>
        {stays.error ? (
          <Alert color="red" role="alert">
            {errorMessage(stays.error)}
          </Alert>
        ) : null}
        {items.length === 0 && stays.data ? <Text size="sm">{t('stays.section.intro')}</Text> : null}
        {items.map((stay) => (
          <Stack
            key={stay.id}
            gap={4}
            aria-label={t('stays.section.itemLabel', { region: stay.region.name })}
          >
            <Group gap="xs">
              <Text size="sm" fw={600} td={stay.status === 'cancelled' ? 'line-through' : undefined}>
                {t('stays.section.dates', {
                  region: stay.region.name || stay.region.code,
                  from: formatDate(stay.startsOn),
                  to: formatDate(stay.endsOn),
                })}
              </Text>
              <Badge color={statusColor[stay.status]}>{t(`stays.status.${stay.status}`)}</Badge>
            </Group>
            <Text size="sm">{t('stays.section.host', { organization: stay.host.name })}</Text>
            {stay.travellers.length > 0 ? (
              <Text size="sm" c="dimmed">
                {t('stays.section.travellers', { names: stay.travellers.map((p) => p.name).join(', ') })}
              </Text>
            ) : null}
            {stay.childrenWithoutFile > 0 ? (
              <Text size="sm" c="dimmed">
                {t('stays.section.children', { count: stay.childrenWithoutFile })}
              </Text>
            ) : null}
            <Text size="sm">
              {stay.decision
                ? stay.decidedOn
                  ? t('stays.section.decidedOn', {
                      decision: t(`stays.decision.${stay.decision}`),
                      date: formatDate(stay.decidedOn),
                    })
                  : t('stays.section.decision', { decision: t(`stays.decision.${stay.decision}`) })
                : t('stays.section.noDecision')}
            </Text>
            <Text size="sm">
              {t('stays.section.totalCost', {
                amount: formatMoney(stay.totalCostCents, 'CAD', moneyLocale(i18n.language)),
              })}
            </Text>
            {writable && stay.side === 'owner' && stay.status !== 'cancelled' && stay.startsOn <= today ? (
              <Group gap="xs">
                <Button size="xs" variant="light" onClick={() => setReporting(stay)}>
                  {stay.status === 'done' ? t('stays.section.correctReport') : t('stays.section.report')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        ))}
        {writable ? (
          <Group>
            <Button variant="light" onClick={() => setPlanning(true)}>
              {t('stays.section.plan')}
            </Button>
            <Anchor size="sm" renderRoot={(props) => <Link to="/regions" {...props} />}>
              {t('stays.section.regions')}
            </Anchor>
          </Group>
        ) : null}
      </Stack>
      {planning ? (
        <PlanStayDialog
          personId={personId}
          opened={planning}
          onClose={() => setPlanning(false)}
          onPlanned={() => {
            setPlanning(false);
            notify({ color: 'green', message: t('stays.form.done') });
          }}
        />
      ) : null}
      {reporting ? <ReportStayDialog stay={reporting} onClose={() => setReporting(null)} /> : null}
    </Paper>
  );
}

function ReportStayDialog({ stay, onClose }: { stay: StaySummary; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportStay();
  const [decision, setDecision] = useState<ReportStayBody['decision']>(stay.decision ?? 'interested');
  const [decidedOn, setDecidedOn] = useState(stay.decidedOn ?? '');
  const [note, setNote] = useState('');
  const errors = fieldErrorsOf(report.error);
  const moving = decision === 'decided_to_move';
  return (
    <Dialog opened onClose={onClose} title={t('stays.report.title', { region: stay.region.name })}>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          await report.mutateAsync({
            stayId: stay.id,
            body: { decision, decidedOn: moving ? decidedOn || null : null, note: note.trim() || null },
          });
          notify({ color: 'green', message: t('stays.report.done') });
          onClose();
        }}
      >
        <Stack gap="sm">
          {report.error && Object.keys(errors).length === 0 ? (
            <Alert color="red" role="alert">
              {errorMessage(report.error)}
            </Alert>
          ) : null}
          <Text size="sm">{t('stays.report.intro')}</Text>
          <NativeSelect
            label={t('stays.report.decision')}
            value={decision}
            onChange={(event) => setDecision(event.currentTarget.value as ReportStayBody['decision'])}
            error={errors.decision}
            data={stayDecisions.map((value) => ({ value, label: t(`stays.decision.${value}`) }))}
          />
          {moving ? (
            <TextInput
              type="date"
              label={t('stays.report.decidedOn')}
              description={t('stays.report.decidedOnHint')}
              value={decidedOn}
              min={stay.startsOn}
              onChange={(event) => setDecidedOn(event.currentTarget.value)}
              error={errors.decidedOn}
              required
            />
          ) : null}
          <Textarea
            label={t('stays.report.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
            autosize
            minRows={2}
            maxLength={4000}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={report.isPending} disabled={moving && !decidedOn}>
              {t('stays.report.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
