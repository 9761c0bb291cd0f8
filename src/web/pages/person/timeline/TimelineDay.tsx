import { Anchor, Badge, Group, Paper, Text, ThemeIcon, Title } from '@mantine/core';
import {
  type Icon,
  IconCalendarEvent,
  IconCoin,
  IconEyeOff,
  IconFileText,
  IconLock,
  IconPoint,
  IconRoute,
  IconTarget,
  IconUser,
  IconUsersGroup,
} from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { i18n, TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useTimeZone } from '../../../api/session.js';
import type { TimelineEventItem } from '../../../api/timeline.js';
import { localeTag } from '../../../format.js';
import { MergedFileBadge } from '../MergedFileBadge.js';
import { type EventLink, labelValues, linkOf } from './timeline-view.js';

const iconOfModule: Record<string, Icon> = {
  people: IconUser,
  programs: IconRoute,
  plans: IconTarget,
  'follow-up': IconCalendarEvent,
  documents: IconFileText,
  sessions: IconUsersGroup,
  'loan-fund': IconCoin,
};

const localeTagOf = (language: string) => localeTag(language);

/** One day of the timeline: a heading with the date, then its events as an ordered list. */
export function TimelineDay({
  personId,
  day,
  events,
}: {
  personId: string;
  day: string;
  events: readonly TimelineEventItem[];
}) {
  const { i18n } = useTranslation();
  const timeZone = useTimeZone();
  const headingId = useId();
  const tag = localeTagOf(i18n.resolvedLanguage ?? i18n.language);
  const dayLabel = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
  // The day heading is a calendar date; the times are the organization's wall clock, not the browser's.
  const time = new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone });
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} mb="xs">
        <time dateTime={day}>{dayLabel}</time>
      </Title>
      <Paper component="ol" withBorder p={0} m={0} style={{ listStyle: 'none' }}>
        {events.map((event, index) => (
          <TimelineEntry key={event.id} personId={personId} event={event} first={index === 0} time={time} />
        ))}
      </Paper>
    </section>
  );
}

function TimelineEntry({
  personId,
  event,
  first,
  time,
}: {
  personId: string;
  event: TimelineEventItem;
  first: boolean;
  time: Intl.DateTimeFormat;
}) {
  const { t, i18n } = useTranslation();
  const label = eventLabel(event, t, i18n);
  return (
    <Group
      component="li"
      wrap="nowrap"
      align="flex-start"
      gap="sm"
      p="sm"
      style={first ? undefined : { borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      <ModuleIcon module={event.module} />
      <div style={{ minWidth: 0, flex: 1 }}>
        <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
          {label}
        </Text>
        <Group gap="xs" mt={2} wrap="wrap">
          {event.allDay ? null : (
            <Text size="sm" c="dimmed">
              <time dateTime={event.occurredAt}>{time.format(new Date(event.occurredAt))}</time>
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t(`timeline.module.${event.module}`, { defaultValue: t('timeline.module.other') })}
          </Text>
          {event.recordedBy?.name ? (
            <Text size="sm" c="dimmed">
              {t('timeline.recordedBy', { name: event.recordedBy.name })}
            </Text>
          ) : null}
          {event.sensitive ? (
            <Badge
              variant="outline"
              color="dark"
              size="sm"
              leftSection={<IconEyeOff size={12} aria-hidden />}
            >
              {t('timeline.sensitive')}
            </Badge>
          ) : null}
          {event.restricted ? (
            <Badge variant="outline" color="dark" size="sm" leftSection={<IconLock size={12} aria-hidden />}>
              {t('timeline.restricted')}
            </Badge>
          ) : null}
          {/* A merged file's event opens on that file: its record stays there. */}
          <EventAnchor
            personId={event.fromMergedFile?.personId ?? personId}
            link={linkOf(event)}
            label={label}
          />
        </Group>
        {event.fromMergedFile ? <MergedFileBadge file={event.fromMergedFile} /> : null}
      </div>
    </Group>
  );
}

function ModuleIcon({ module }: { module: string }) {
  const Glyph = iconOfModule[module] ?? IconPoint;
  return (
    <ThemeIcon variant="light" color="blue" radius="xl" size="lg" aria-hidden>
      <Glyph size={18} />
    </ThemeIcon>
  );
}

/** The event's sentence: its kind's label with its display facts, or a plain one for a kind not known yet. */
function eventLabel(event: TimelineEventItem, t: TFunction, i18n: i18n): string {
  const language = i18n.resolvedLanguage ?? i18n.language;
  const values = labelValues(
    event.data,
    language,
    (field, value) => {
      if (field === 'purpose') return t(`consentPurpose.${value}`, { defaultValue: value });
      if (field === 'outcome') return t(`timeline.value.outcome.${value}`, { defaultValue: value });
      if (field === 'exitOutcome') return t(`timeline.value.exitOutcome.${value}`, { defaultValue: value });
      if (field === 'category') return t(`barrier.${value}`, { defaultValue: value });
      return undefined;
    },
    t('timeline.value.withheld'),
  );
  const key = `timeline.kinds.${event.kind.replaceAll('.', '_')}`;
  if (!i18n.exists(key)) {
    return t('timeline.unknownKind', {
      module: t(`timeline.module.${event.module}`, { defaultValue: event.module }),
    });
  }
  return t(key, { ...values, defaultValue: '' }) as string;
}

function EventAnchor({
  personId,
  link,
  label,
}: {
  personId: string;
  link: EventLink | undefined;
  label: string;
}) {
  const { t } = useTranslation();
  if (!link) return null;
  const common = { size: 'sm' as const, 'aria-label': t('timeline.openLabel', { event: label }) };
  if (link.to === 'loan') {
    return (
      <Anchor
        {...common}
        renderRoot={(props) => <Link to="/loans/$loanId" params={{ loanId: link.loanId }} {...props} />}
      >
        {t('timeline.open')}
      </Anchor>
    );
  }
  if (link.to === 'series') {
    return (
      <Anchor
        {...common}
        renderRoot={(props) => (
          <Link to="/sessions/$seriesId" params={{ seriesId: link.seriesId }} {...props} />
        )}
      >
        {t('timeline.open')}
      </Anchor>
    );
  }
  return (
    <Anchor
      {...common}
      renderRoot={(props) => (
        <Link to="/people/$personId" params={{ personId }} search={{ tab: link.tab }} {...props} />
      )}
    >
      {t('timeline.open')}
    </Anchor>
  );
}
