import { Box, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { type CSSProperties, type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agenda } from '../../api/follow-up.js';
import { lateOrange } from '../../status-colors.js';
import { busyIn, daysBetween, gridHours, placeAppointments, slotMinutes, slotsOf } from './agenda-grid.js';

type Item = Agenda['items'][number];
const slotHeight = 26;

/**
 * The day or the week as a grid of hours: appointments where they fall (overlaps side by side, with
 * an orange edge and an icon), every half hour a button that books it. The slots are one tab stop:
 * the arrow keys move between them (up and down by half an hour, left and right by day), Enter books.
 */
export function AgendaGrid(props: {
  agenda: Agenda;
  zone: string;
  today: string;
  onBook: (slot: { day: string; minutes: number; label: string }) => void;
}) {
  const { t } = useTranslation();
  const days = daysBetween(props.agenda.from, props.agenda.to);
  const placed = placeAppointments(props.agenda.items, days, props.zone);
  const hours = gridHours(placed);
  const slots = slotsOf(hours);
  const [focus, setFocus] = useState({ day: 0, slot: Math.max(0, slots.indexOf(9 * 60)) });
  const { dayLabel, timeLabel } = useGridLabels();
  const slotId = (day: number, slot: number) => `agenda-slot-${day}-${slot}`;

  const move = (event: KeyboardEvent, day: number, slot: number) => {
    const next = {
      ArrowUp: { day, slot: slot - 1 },
      ArrowDown: { day, slot: slot + 1 },
      ArrowLeft: { day: day - 1, slot },
      ArrowRight: { day: day + 1, slot },
      Home: { day, slot: 0 },
      End: { day, slot: slots.length - 1 },
    }[event.key];
    if (!next) return;
    event.preventDefault();
    const target = {
      day: Math.min(days.length - 1, Math.max(0, next.day)),
      slot: Math.min(slots.length - 1, Math.max(0, next.slot)),
    };
    setFocus(target);
    document.getElementById(slotId(target.day, target.slot))?.focus();
  };

  return (
    <Box
      role="group"
      aria-labelledby="agenda-grid-title"
      aria-describedby="agenda-grid-hint"
      style={{ overflowX: 'auto' }}
    >
      <Text id="agenda-grid-title" fw={600} size="sm">
        {t('agenda.grid.title')}
      </Text>
      <Text id="agenda-grid-hint" size="xs" c="dimmed" mb={4}>
        {t('agenda.grid.hint', { timeZone: props.zone })}
      </Text>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: `3.5rem repeat(${days.length}, minmax(${days.length > 1 ? '6.5rem' : '12rem'}, 1fr))`,
          minWidth: days.length > 1 ? '52rem' : undefined,
        }}
      >
        <div />
        {days.map((day) => (
          <Text
            key={day}
            size="sm"
            fw={day === props.today ? 700 : 500}
            ta="center"
            p={4}
            style={{ borderBottom: '1px solid var(--mantine-color-gray-4)' }}
          >
            {dayLabel(day)}
            {day === props.today ? ` · ${t('followUp.agenda.today')}` : ''}
          </Text>
        ))}
        <div aria-hidden style={{ position: 'relative' }}>
          {slots.map((minutes) => (
            <Text key={minutes} size="xs" c="dimmed" h={slotHeight} style={{ lineHeight: `${slotHeight}px` }}>
              {minutes % 60 === 0 ? timeLabel(minutes) : ''}
            </Text>
          ))}
        </div>
        {days.map((day, dayIndex) => {
          const blocks = placed.get(day) ?? [];
          return (
            <div
              key={day}
              style={{ position: 'relative', borderLeft: '1px solid var(--mantine-color-gray-3)' }}
              data-day={day}
            >
              {slots.map((minutes, slotIndex) => {
                const busy = busyIn(blocks, minutes);
                const label = `${dayLabel(day)} ${timeLabel(minutes)}`;
                return (
                  <UnstyledButton
                    key={minutes}
                    id={slotId(dayIndex, slotIndex)}
                    tabIndex={focus.day === dayIndex && focus.slot === slotIndex ? 0 : -1}
                    onFocus={() => setFocus({ day: dayIndex, slot: slotIndex })}
                    onKeyDown={(e) => move(e, dayIndex, slotIndex)}
                    onClick={() => props.onBook({ day, minutes, label })}
                    aria-label={
                      busy > 0
                        ? t('agenda.grid.bookBusy', { slot: label, count: busy })
                        : t('agenda.grid.book', { slot: label })
                    }
                    className="agenda-slot"
                    style={{
                      display: 'block',
                      width: '100%',
                      height: slotHeight,
                      borderTop: `1px ${minutes % 60 === 0 ? 'solid' : 'dotted'} var(--mantine-color-gray-3)`,
                    }}
                  />
                );
              })}
              {blocks.map((block) => (
                <Block
                  key={`${block.item.id}-${day}`}
                  item={block.item}
                  all={props.agenda.items}
                  zone={props.zone}
                  style={{
                    top: ((Math.max(block.start, hours.start) - hours.start) / slotMinutes) * slotHeight,
                    height: Math.max(
                      slotHeight - 2,
                      ((Math.min(block.end, hours.end) - Math.max(block.start, hours.start)) / slotMinutes) *
                        slotHeight -
                        2,
                    ),
                    left: `calc(${(block.lane / block.lanes) * 100}% + 2px)`,
                    width: `calc(${100 / block.lanes}% - 4px)`,
                  }}
                />
              ))}
            </div>
          );
        })}
      </div>
    </Box>
  );
}

/** A day as "Thu 3 Dec" and a slot as "09:30", in the interface language (no time zone: they are local already). */
function useGridLabels() {
  const { i18n } = useTranslation();
  const locale = (i18n.resolvedLanguage ?? i18n.language).startsWith('en') ? 'en-GB' : 'fr-FR';
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return {
    dayLabel: (value: string) => day.format(new Date(`${value}T12:00:00Z`)),
    timeLabel: (minutes: number) =>
      time.format(new Date(Date.UTC(2000, 0, 1, Math.floor(minutes / 60), minutes % 60))),
  };
}

/** An appointment in the grid: its time and the person, a link to the file; overlaps in words too. */
function Block(props: { item: Item; all: Item[]; zone: string; style: CSSProperties }) {
  const { item, all, style } = props;
  const { t, i18n } = useTranslation();
  const conflicting = all.filter((other) => item.conflictsWith.includes(other.id));
  const time = new Intl.DateTimeFormat(
    (i18n.resolvedLanguage ?? i18n.language).startsWith('en') ? 'en-GB' : 'fr-FR',
    { hour: '2-digit', minute: '2-digit', timeZone: props.zone },
  );
  const start = new Date(item.startsAt);
  const range = `${time.format(start)}–${time.format(new Date(start.getTime() + item.durationMinutes * 60_000))}`;
  return (
    <Link
      to="/people/$personId"
      params={{ personId: item.personId }}
      search={{ tab: 'followUp' }}
      aria-label={[
        `${range} · ${item.personName}`,
        t(`followUp.status.${item.status}`),
        conflicting.length > 0 ? t('followUp.agenda.conflictLabel') : '',
      ]
        .filter(Boolean)
        .join(' · ')}
      data-appointment={item.id}
      style={{
        ...style,
        position: 'absolute',
        overflow: 'hidden',
        borderRadius: 4,
        padding: '1px 4px',
        fontSize: 12,
        lineHeight: 1.25,
        textDecoration: 'none',
        color: 'var(--mantine-color-blue-9)',
        background: 'var(--mantine-color-blue-0)',
        border: '1px solid var(--mantine-color-blue-7)',
        ...(conflicting.length > 0 ? { borderColor: lateOrange, borderLeftWidth: 5 } : {}),
        ...(item.status === 'missed' ? { borderStyle: 'dashed' } : {}),
      }}
    >
      {conflicting.length > 0 ? (
        <IconAlertTriangle size={12} aria-hidden color={lateOrange} style={{ verticalAlign: 'text-top' }} />
      ) : null}{' '}
      <strong>{range}</strong> {item.personName}
    </Link>
  );
}
