import { Button, Chip, Fieldset, Group, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDaysToWallTime, dayInZone, isoOfWallTime } from '../../../core/time-zone.js';
import { localeTag } from '../../format.js';
import { type LocalDateTime, recurringStarts } from './meetings.js';
import { useSessionFormat } from './ui.js';

/** Monday first, as calendars read in France and in most of the places the programs run. */
const weekOrder = [1, 2, 3, 4, 5, 6, 0];

/**
 * The meetings of a series: a weekly pattern fills the list, which stays editable date by date
 * before anything is sent. Times are the organization's wall-clock times (its zone, not the browser's).
 */
export function MeetingsEditor({
  starts,
  onChange,
  error,
}: {
  starts: LocalDateTime[];
  onChange: (starts: LocalDateTime[]) => void;
  error?: string;
}) {
  const { t, i18n } = useTranslation();
  const format = useSessionFormat();
  const [weekdays, setWeekdays] = useState<string[]>([]);
  const [time, setTime] = useState('14:00');
  const [weeks, setWeeks] = useState<number | string>(4);
  const today = () => dayInZone(new Date(), format.timeZone);
  const [from, setFrom] = useState(today);
  const language = localeTag(i18n.resolvedLanguage ?? i18n.language);
  const dayName = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  // 1 March 2026 is a Sunday: day n of that week has getDay() === n (noon UTC: the same day everywhere).
  const weekdayLabel = (day: number) => dayName.format(new Date(Date.UTC(2026, 2, 1 + day, 12)));
  const generated = recurringStarts({
    weekdays: weekdays.map(Number),
    time,
    weeks: typeof weeks === 'number' ? weeks : 0,
    from,
  });
  const setAt = (index: number, value: LocalDateTime) =>
    onChange(starts.map((start, i) => (i === index ? value : start)));
  const last = starts.at(-1);

  return (
    <Stack gap="md">
      <Fieldset legend={t('sessions.plan.generator')}>
        <Stack gap="sm">
          <Fieldset variant="unstyled" legend={t('sessions.plan.every')}>
            <Chip.Group multiple value={weekdays} onChange={setWeekdays}>
              <Group gap="xs">
                {weekOrder.map((day) => (
                  <Chip key={day} value={String(day)}>
                    {weekdayLabel(day)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Fieldset>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              type="time"
              label={t('sessions.plan.at')}
              value={time}
              onChange={(event) => setTime(event.currentTarget.value)}
            />
            <NumberInput
              label={t('sessions.plan.weeks')}
              min={1}
              max={52}
              allowDecimal={false}
              value={weeks}
              onChange={setWeeks}
              w={140}
            />
            <TextInput
              type="date"
              label={t('sessions.plan.from')}
              value={from}
              onChange={(event) => setFrom(event.currentTarget.value)}
            />
            <Button variant="default" disabled={generated.length === 0} onClick={() => onChange(generated)}>
              {t('sessions.plan.generate', { count: generated.length })}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('sessions.plan.timeZone', { timeZone: format.timeZone })}
          </Text>
        </Stack>
      </Fieldset>
      <Paper withBorder p="md" component="section" aria-labelledby="meeting-list-title">
        <Text id="meeting-list-title" fw={600} mb="xs">
          {t('sessions.plan.meetingList', { count: starts.length })}
        </Text>
        {error ? (
          <Text c="var(--mantine-color-error)" size="sm" role="alert" mb="xs">
            {error}
          </Text>
        ) : null}
        <Stack gap="xs">
          {starts.map((start, index) => {
            const iso = isoOfWallTime(start, format.timeZone);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the position is the meeting's number
              <Group key={index} align="flex-end" wrap="nowrap" gap="xs">
                <TextInput
                  type="datetime-local"
                  label={t('sessions.plan.meetingNumber', { number: index + 1 })}
                  description={iso ? format.dateTime(iso) : undefined}
                  value={start}
                  required
                  onChange={(event) => setAt(index, event.currentTarget.value)}
                  style={{ flex: 1, minWidth: 0 }}
                />
                <Button
                  variant="default"
                  aria-label={t('sessions.plan.removeMeeting', { number: index + 1 })}
                  onClick={() => onChange(starts.filter((_, i) => i !== index))}
                >
                  <IconTrash size={18} aria-hidden color="var(--mantine-color-red-9)" />
                </Button>
              </Group>
            );
          })}
        </Stack>
        <Button
          mt="sm"
          variant="default"
          onClick={() => onChange([...starts, last ? addDaysToWallTime(last, 7) : `${today()}T${time}`])}
        >
          {t('sessions.plan.addMeeting')}
        </Button>
      </Paper>
    </Stack>
  );
}
