import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useSession } from '../../api/session.js';
import { mayPlanStays, mayReadStays, type StaySummary, usePersonStays } from '../../api/stays.js';
import { formatDate, todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { formatMoney, moneyLocale } from '../loan-fund/money.js';
import { PlanStayDialog } from './PlanStayDialog.js';
import { ReportStayDialog } from './ReportStayDialog.js';
import { statusColor } from './stay-status.js';

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
              <Anchor
                size="sm"
                fw={600}
                td={stay.status === 'cancelled' ? 'line-through' : undefined}
                renderRoot={(props) => <Link to="/stays/$stayId" params={{ stayId: stay.id }} {...props} />}
              >
                {t('stays.section.dates', {
                  region: stay.region.name || stay.region.code,
                  from: formatDate(stay.startsOn),
                  to: formatDate(stay.endsOn),
                })}
              </Anchor>
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
