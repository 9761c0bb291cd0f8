import { Alert, Badge, Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconHourglassLow } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  mayChangePlacementSettings,
  mayReadPlacements,
  mayRecordPlacements,
  type PlacementView,
  usePersonPlacements,
} from '../../../api/placements.js';
import { useSession } from '../../../api/session.js';
import { QueryState } from '../../../components/QueryState.js';
import { formatDate, localeTag } from '../../../format.js';
import { MergedFileBadge, type MergedFileOrigin } from '../MergedFileBadge.js';
import {
  type PlacementChange,
  PlacementChangeDialog,
  PlacementSettingsDialog,
} from './PlacementChangeDialogs.js';
import { PlacementFormDialog, type PlacementOrigin } from './PlacementForm.js';

/**
 * The person's hires and work contracts (Employment tab): each with its dates after renewals, its
 * state, its end alert, and the level of the job against the person's qualification; record one, renew,
 * suspend or end it early. `hireFrom` opens the form filled in from an offer (an application's "Hired").
 */
export function PlacementsSection({
  personId,
  hireFrom,
  onHireClosed,
}: {
  personId: string;
  hireFrom?: PlacementOrigin | null;
  onHireClosed?: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const readable = mayReadPlacements(session.role);
  const placements = usePersonPlacements(personId, readable);
  const [recording, setRecording] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  if (!readable) return null;
  const mayRecord = mayRecordPlacements(session.role);
  const data = placements.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="placements-title">
      <Group justify="space-between" align="flex-start" mb="xs" wrap="wrap">
        <div>
          <Title order={2} size="h4" id="placements-title">
            {t('placements.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('placements.intro')}
          </Text>
        </div>
        {mayRecord ? (
          <Button size="sm" onClick={() => setRecording(true)}>
            {t('placements.record')}
          </Button>
        ) : null}
      </Group>
      <QueryState isPending={placements.isPending} error={placements.error}>
        {data ? (
          <Stack gap="sm">
            <Group gap="xs" wrap="wrap">
              <Text size="sm">{t('placements.endAlertSetting', { days: data.endAlertDays })}</Text>
              {mayChangePlacementSettings(session.role) ? (
                <Button size="compact-sm" variant="subtle" onClick={() => setSettingsOpen(true)}>
                  {t('placements.changeSetting')}
                </Button>
              ) : null}
            </Group>
            {data.items.length === 0 ? (
              <Text c="dimmed">{t('placements.empty')}</Text>
            ) : (
              <ul aria-label={t('placements.list')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {data.items.map((placement) => (
                  <li key={placement.id} style={{ marginBottom: 12 }}>
                    {/* A merged file's contract is changed on that file, where it stays. */}
                    <PlacementCard placement={placement} mayChange={mayRecord && !placement.fromMergedFile} />
                  </li>
                ))}
              </ul>
            )}
            <PlacementSettingsDialog
              opened={settingsOpen}
              days={data.endAlertDays}
              onClose={() => setSettingsOpen(false)}
            />
          </Stack>
        ) : null}
      </QueryState>
      <PlacementFormDialog opened={recording} onClose={() => setRecording(false)} personId={personId} />
      {hireFrom ? (
        <PlacementFormDialog opened onClose={() => onHireClosed?.()} personId={personId} from={hireFrom} />
      ) : null}
    </Paper>
  );
}

/** Dark enough for white text at WCAG AA; the badge's words carry the state, not its colour. */
const stateColor = {
  not_started: '#495057',
  running: '#1e6b34',
  suspended: '#9c3a00',
  ended: '#495057',
} as const;

function money(cents: number, currency: string) {
  return new Intl.NumberFormat(localeTag(), { style: 'currency', currency }).format(cents / 100);
}

function PlacementCard({
  placement,
  mayChange,
}: {
  placement: PlacementView & { fromMergedFile: MergedFileOrigin | null };
  mayChange: boolean;
}) {
  const { t } = useTranslation();
  const [change, setChange] = useState<PlacementChange>('renew');
  const [changing, setChanging] = useState(false);
  const openChange = (next: PlacementChange) => {
    setChange(next);
    setChanging(true);
  };
  const employer = placement.employer?.name ?? '—';
  const open = placement.state !== 'ended' && !placement.endedEarly;
  return (
    <Paper withBorder p="sm" component="article" aria-label={`${placement.jobTitle} — ${employer}`}>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Text fw={600}>{placement.jobTitle}</Text>
            <Text size="sm">
              {t('placements.at', { employer })}
              {placement.site ? ` — ${placement.site.name}` : ''}
            </Text>
            {placement.fromMergedFile ? <MergedFileBadge file={placement.fromMergedFile} /> : null}
          </div>
          <Group gap={4} wrap="wrap">
            <Badge color={stateColor[placement.state]} variant="filled" tt="none">
              {t(`placements.state.${placement.state}`)}
            </Badge>
            {mayChange && open ? (
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button
                    size="compact-sm"
                    variant="default"
                    rightSection={<IconChevronDown size={14} aria-hidden />}
                    aria-label={t('placements.actions.label', { employer })}
                  >
                    {t('placements.actions.button')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {placement.plannedEndOn ? (
                    <Menu.Item onClick={() => openChange('renew')}>{t('placements.actions.renew')}</Menu.Item>
                  ) : null}
                  <Menu.Item onClick={() => openChange('suspend')}>
                    {t('placements.actions.suspend')}
                  </Menu.Item>
                  <Menu.Item onClick={() => openChange('endEarly')}>
                    {t('placements.actions.endEarly')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            ) : null}
          </Group>
        </Group>
        {placement.endAlert ? (
          <Alert color="orange" variant="light" icon={<IconHourglassLow size={18} aria-hidden />} p="xs">
            {t('placements.endAlert', {
              count: placement.endAlert.daysLeft,
              date: formatDate(placement.endAlert.endsOn),
            })}
          </Alert>
        ) : null}
        <Text size="sm">
          {t(`offers.contractType.${placement.contractType}`)} ·{' '}
          {t(`offers.workingTime.${placement.workingTime}`)}
          {placement.hoursPerWeek ? ` · ${t('placements.hours', { hours: placement.hoursPerWeek })}` : ''}
          {placement.wage
            ? // The amount, then its period ("11,88 € de l’heure", "$54,000.00 a year"): the same order in both languages.
              ` · ${money(placement.wage.cents, placement.wage.currency)} ${t(`offers.payPeriod.${placement.wage.period}`)}`
            : ''}
        </Text>
        <Text size="sm">
          {placement.endsOn
            ? t('placements.fromTo', {
                from: formatDate(placement.startsOn),
                to: formatDate(placement.endsOn),
              })
            : `${t('placements.from', { date: formatDate(placement.startsOn) })} · ${t('placements.openEnded')}`}
        </Text>
        {placement.occupation?.label ? (
          <Text size="sm" c="dimmed">
            {placement.occupation.label}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('placements.qualification.label')} :{' '}
          {t(`placements.qualification.${placement.qualification.comparison}`)}
        </Text>
        {placement.renewals.map((r) => (
          <Text key={r.id} size="sm">
            {t('placements.renewalLine', {
              decidedOn: formatDate(r.decidedOn),
              newEndOn: formatDate(r.newEndOn),
            })}
          </Text>
        ))}
        {placement.suspensions.map((s) => (
          <Text key={s.id} size="sm">
            {t('placements.suspensionLine', {
              from: formatDate(s.fromOn),
              to: formatDate(s.toOn),
              reason: t(`placements.suspensionReason.${s.reason}`),
            })}
          </Text>
        ))}
        {placement.endedEarly ? (
          <Text size="sm">
            {t('placements.endedEarly', {
              date: formatDate(placement.endedEarly.on),
              reason: t(`placements.earlyEndReason.${placement.endedEarly.reason}`),
            })}
          </Text>
        ) : null}
      </Stack>
      <PlacementChangeDialog
        placement={placement}
        change={change}
        opened={changing}
        onClose={() => setChanging(false)}
      />
    </Paper>
  );
}
