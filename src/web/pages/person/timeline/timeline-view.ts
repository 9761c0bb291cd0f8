import { dayBoundsInZone, dayInZone } from '../../../../core/time-zone.js';
import type { TimelineEventItem } from '../../../api/timeline.js';
import type { PersonTab } from '../PersonPage.js';

type EventData = TimelineEventItem['data'];

/**
 * The calendar day an event belongs to: its own date when it is known by the day only (stored at noon
 * UTC), else the day the instant falls on in the organization's time zone (not the browser's).
 */
export function dayOf(event: Pick<TimelineEventItem, 'occurredAt' | 'allDay'>, zone: string): string {
  if (event.allDay) return event.occurredAt.slice(0, 10);
  return dayInZone(new Date(event.occurredAt), zone);
}

/** Consecutive events of one day under one heading, in the order the server gave (newest first). */
export function groupByDay<E extends Pick<TimelineEventItem, 'occurredAt' | 'allDay'>>(
  events: readonly E[],
  zone: string,
): { day: string; events: E[] }[] {
  const groups: { day: string; events: E[] }[] = [];
  for (const event of events) {
    const day = dayOf(event, zone);
    const last = groups.at(-1);
    if (last?.day === day) last.events.push(event);
    else groups.push({ day, events: [event] });
  }
  return groups;
}

/**
 * What a label interpolates: a name given in both languages (`programNameFr`, `programNameEn`) becomes
 * one value in the reader's language (French for Arabic, like staff screens), vocabulary values are
 * translated by `translate(field, value)` when it knows the field, and a fact the module withheld
 * (null: a health barrier's category) reads as `withheld`.
 */
export function labelValues(
  data: EventData,
  language: string,
  translate: (field: string, value: string) => string | undefined,
  withheld: string,
): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'boolean') continue;
    if (value === null) {
      values[key] = withheld;
      continue;
    }
    values[key] = typeof value === 'string' ? (translate(key, value) ?? value) : value;
  }
  for (const key of Object.keys(data)) {
    const pair = /^(.+)(Fr|En)$/.exec(key);
    if (!pair) continue;
    const base = pair[1] as string;
    const chosen =
      language === 'en' ? (data[`${base}En`] ?? data[`${base}Fr`]) : (data[`${base}Fr`] ?? data[`${base}En`]);
    if (typeof chosen === 'string') values[base.replace(/Name$/, '')] = chosen;
  }
  return values;
}

/**
 * The instants a period of calendar days covers in the organization's zone: from the start of `from`
 * to the start of the day after `to`. Undefined bounds stay open; a reversed period is reported.
 */
export function periodBounds(
  from: string,
  to: string,
  zone: string,
): { from?: string; to?: string; reversed: boolean } {
  const valid = (day: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`));
  const reversed = valid(from) && valid(to) && to < from;
  if (reversed) return { reversed };
  return {
    ...(valid(from) ? { from: dayBoundsInZone(from, zone).start.toISOString() } : {}),
    ...(valid(to) ? { to: dayBoundsInZone(to, zone).end.toISOString() } : {}),
    reversed,
  };
}

export type EventLink =
  | { to: 'loan'; loanId: string }
  | { to: 'series'; seriesId: string }
  | { to: 'tab'; tab: PersonTab };

const tabOfModule: Record<string, PersonTab> = {
  programs: 'enrolments',
  plans: 'plan',
  'follow-up': 'followUp',
  documents: 'documents',
  sessions: 'sessions',
  'loan-fund': 'loans',
};

/** Where the record behind an event lives, when the web app has a page for it. */
export function linkOf(
  event: Pick<TimelineEventItem, 'module' | 'kind' | 'resourceType' | 'resourceId' | 'data'>,
): EventLink | undefined {
  if (event.resourceType === 'loan' && event.resourceId) return { to: 'loan', loanId: event.resourceId };
  const seriesId = event.resourceType === 'session_series' ? event.resourceId : event.data.seriesId;
  if (event.module === 'sessions' && typeof seriesId === 'string') return { to: 'series', seriesId };
  if (event.module === 'people') {
    if (event.resourceType === 'consent') return { to: 'tab', tab: 'consent' };
    if (event.resourceType === 'household') return { to: 'tab', tab: 'household' };
    if (event.kind === 'person.status_changed') return { to: 'tab', tab: 'status' };
    return { to: 'tab', tab: 'identity' };
  }
  const tab = tabOfModule[event.module];
  return tab ? { to: 'tab', tab } : undefined;
}
