import {
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconChecklist } from '@tabler/icons-react';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { dayInZone } from '../../../core/time-zone.js';
import { type Agenda, useAgenda } from '../../api/follow-up.js';
import { useSession } from '../../api/session.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { lateOrange } from '../../status-colors.js';
import { AgendaGrid } from './AgendaGrid.js';
import { slotLocal, todayIn } from './agenda-grid.js';
import { agendaSearch } from './agenda-search.js';
import { BookingDialog } from './BookingDialog.js';
import { CalendarFeedPanel } from './CalendarFeedPanel.js';
import { AppointmentStatusBadge, useFollowUpFormat, useWhere } from './ui.js';

export { agendaSearch };

const route = getRouteApi('/app/agenda');

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A staff member's day or week: a grid of hours where a free slot books an appointment, then the
 * same appointments as a list by day (overlaps flagged in words and in colour), and the calendar
 * subscription for Outlook or Google Calendar.
 */
export function AgendaPage() {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  const session = useSession();
  // The grid, the list and the booking form all read the organization's wall clock (as the server
  // counts the agenda's days): the slot clicked is the time prefilled, whatever the browser's zone.
  const zone = format.timeZone;
  const [slot, setSlot] = useState<{ day: string; minutes: number; label: string } | null>(null);
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/agenda' });
  const view = search.view ?? 'week';
  const date = search.date ?? todayIn(zone);
  const agenda = useAgenda({ view, date, ...(search.userId ? { userId: search.userId } : {}) });
  const go = (patch: Partial<z.infer<typeof agendaSearch>>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }) });
  const data = agenda.data;
  const days = data ? daysOf(data, zone) : [];
  return (
    <>
      <PageTitle title={t('followUp.agenda.title')} intro={t('followUp.agenda.intro')} />
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        {data && data.staff.length > 1 ? (
          <NativeSelect
            label={t('followUp.agenda.staff')}
            value={data.userId}
            onChange={(e) => go({ userId: e.currentTarget.value })}
            data={data.staff.map((s) => ({ value: s.userId, label: s.displayName }))}
          />
        ) : null}
        <div>
          <Text component="span" size="sm" fw={500} id="agenda-view-label">
            {t('followUp.agenda.view')}
          </Text>
          <SegmentedControl
            aria-labelledby="agenda-view-label"
            display="flex"
            value={view}
            onChange={(value) => go({ view: value as 'day' | 'week' })}
            data={[
              { value: 'day', label: t('followUp.agenda.day') },
              { value: 'week', label: t('followUp.agenda.week') },
            ]}
          />
        </div>
        <Group gap="xs">
          <Button variant="default" onClick={() => go({ date: addDays(date, view === 'day' ? -1 : -7) })}>
            {t('followUp.agenda.previous')}
          </Button>
          <Button variant="default" onClick={() => go({ date: todayIn(zone) })}>
            {t('followUp.agenda.today')}
          </Button>
          <Button variant="default" onClick={() => go({ date: addDays(date, view === 'day' ? 1 : 7) })}>
            {t('followUp.agenda.next')}
          </Button>
        </Group>
      </Group>
      <QueryState isPending={agenda.isPending} error={agenda.error} onRetry={() => agenda.refetch()}>
        {data ? (
          <Stack gap="md">
            <Text aria-live="polite">
              {t('followUp.agenda.period', { from: format.date(data.from), to: format.date(data.to) })} ·{' '}
              {t('followUp.agenda.count', { count: data.items.length })}
              {data.tasks.length > 0 ? ` · ${t('followUp.agenda.tasks', { count: data.tasks.length })}` : ''}
            </Text>
            <AgendaGrid agenda={data} zone={zone} today={todayIn(zone)} onBook={setSlot} />
            <Title order={2} size="h4">
              {t('agenda.list')}
            </Title>
            {days.length === 0 ? <Text>{t('followUp.agenda.empty')}</Text> : null}
            {days.map(({ day, tasks, items }) => (
              <section key={day} aria-labelledby={`agenda-${day}`}>
                <Title order={2} size="h4" id={`agenda-${day}`} mb="xs">
                  {format.calendarDay(day)}
                </Title>
                <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {tasks.map((task) => (
                    <AgendaTaskItem key={task.id} task={task} />
                  ))}
                  {items.map((item) => (
                    <AgendaItem key={item.id} item={item} all={data.items} />
                  ))}
                </Stack>
              </section>
            ))}
          </Stack>
        ) : null}
      </QueryState>
      {data && slot ? (
        <BookingDialog
          slotLabel={slot.label}
          startsAt={slotLocal(slot.day, slot.minutes)}
          staffUserIds={data.userId === session.user.id ? [] : [data.userId]}
          onClose={() => setSlot(null)}
        />
      ) : null}
      <CalendarFeedPanel />
    </>
  );
}

type Item = Agenda['items'][number];
type Task = Agenda['tasks'][number];

/** The tasks due and the appointments of each of the organization's days, in order of the days. */
function daysOf(agenda: Agenda, zone: string): { day: string; tasks: Task[]; items: Item[] }[] {
  const groups = new Map<string, { day: string; tasks: Task[]; items: Item[] }>();
  const of = (day: string) => {
    const group = groups.get(day) ?? { day, tasks: [], items: [] };
    groups.set(day, group);
    return group;
  };
  for (const task of agenda.tasks) of(task.dueOn).tasks.push(task);
  for (const item of agenda.items) of(dayInZone(new Date(item.startsAt), zone)).items.push(item);
  return [...groups.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** A task due that day: what to do, about whom, and the way to the list where it is marked done. */
function AgendaTaskItem({ task }: { task: Task }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="sm" style={{ borderStyle: 'dashed' }}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={600}>
          <IconChecklist size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
          {t('followUp.agenda.task')} · {task.title}
          {task.person ? (
            <>
              {' '}
              {t('followUp.agenda.taskAbout')}{' '}
              <Anchor
                renderRoot={(props) => (
                  <Link to="/people/$personId" params={{ personId: task.person!.id }} {...props} />
                )}
              >
                {task.person.name}
              </Anchor>
            </>
          ) : null}
        </Text>
        <Anchor size="sm" renderRoot={(props) => <Link to="/tasks" {...props} />}>
          {t('followUp.agenda.allTasks')}
        </Anchor>
      </Group>
    </Paper>
  );
}

function AgendaItem({ item, all }: { item: Item; all: Item[] }) {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  const where = useWhere();
  const conflicting = all.filter((other) => item.conflictsWith.includes(other.id));
  const inConflict = conflicting.length > 0;
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      style={inConflict ? { borderColor: lateOrange, borderWidth: 2, borderLeftWidth: 6 } : undefined}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={600}>
          {format.range(item.startsAt, item.durationMinutes)} ·{' '}
          <Anchor
            renderRoot={(props) => (
              <Link to="/people/$personId" params={{ personId: item.personId }} {...props} />
            )}
          >
            {item.personName}
          </Anchor>
        </Text>
        <AppointmentStatusBadge status={item.status} />
      </Group>
      <Text size="sm">
        {t(`followUp.mode.${item.mode}`)}
        {where(item) ? ` · ${where(item)}` : ''}
      </Text>
      {inConflict ? (
        <Text size="sm" fw={600} c={lateOrange} mt={4}>
          <IconAlertTriangle size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
          {t('followUp.agenda.conflictLabel')}:{' '}
          {t('followUp.agenda.conflict', {
            times: conflicting
              .map((c) => `${format.range(c.startsAt, c.durationMinutes)} (${c.personName})`)
              .join(', '),
          })}
        </Text>
      ) : null}
    </Paper>
  );
}
