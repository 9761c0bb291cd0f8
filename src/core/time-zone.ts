/**
 * Instants seen in an organization's time zone (IANA names such as 'America/Toronto'): the day an
 * instant falls on, where a local day starts and ends, and how a time is written in an e-mail or a PDF.
 * Pure (Intl only, no server state), shared by the server and the web app, so that nothing formats a
 * time in UTC by accident: an appointment at 12:00 in Montréal is "12:00", never "17:00 (UTC)".
 */

export const DEFAULT_TIME_ZONE = 'UTC';

let supported: Set<string> | undefined;

/** Intl's canonical zones, plus 'UTC' (which Intl accepts but does not list). */
export function isSupportedTimeZone(zone: string): boolean {
  supported ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  return supported.has(zone);
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: Date, zone: string): ZonedParts {
  let format = partsFormatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    partsFormatters.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar day ('YYYY-MM-DD') an instant falls on in a zone. */
export function dayInZone(instant: Date, zone: string): string {
  const p = partsIn(instant, zone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The wall-clock time ('YYYY-MM-DDTHH:mm') an instant shows in a zone. */
export function localDateTimeInZone(instant: Date, zone: string): string {
  const p = partsIn(instant, zone);
  return `${dayInZone(instant, zone)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Minutes the zone is ahead of UTC at an instant (Paris in winter: 60). Whole minutes only. */
export function offsetMinutes(instant: Date, zone: string): number {
  const p = partsIn(instant, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  const truncated = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - truncated) / 60_000);
}

/**
 * The instant a wall-clock time ('YYYY-MM-DDTHH:mm') names in a zone. A time skipped by a change to
 * summer time (02:30 on the last Sunday of March in Paris) is read as the same length after the
 * change (03:30), and a time that happens twice (autumn) as the first of the two, like RFC 5545 and
 * Temporal's 'compatible' choice.
 */
export function instantOfLocal(local: string, zone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error(`Not a local date-time: ${local}`);
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // The offsets in force a day before and after bracket every change (no zone changes twice a day).
  const before = offsetMinutes(new Date(wall - 86_400_000), zone);
  const after = offsetMinutes(new Date(wall + 86_400_000), zone);
  const candidates = [before, after]
    .map((offset) => wall - offset * 60_000)
    .filter((t) => localDateTimeInZone(new Date(t), zone) === local)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return new Date(candidates[0]!);
  // In the gap: the clock jumped from `before` to `after`; keep the distance from the jump.
  return new Date(wall - before * 60_000);
}

/**
 * What a form's date-time field holds ('YYYY-MM-DDTHH:mm', as `<input type="datetime-local">` gives
 * it; seconds, if any, are dropped) read as a wall-clock time of the zone, the instant it names; null
 * when it is no date-time of the calendar (empty, '2026-02-30T10:00', '2026-06-15T24:00'). The web
 * app reads and writes every time of an appointment or a meeting through this and `wallTimeOf`, in
 * the organization's zone, never the browser's: a counselor in Paris whose laptop says UTC books
 * 10:00 Paris. A time skipped by summer time is read as `instantOfLocal` reads it (an hour later).
 */
export function instantOfWallTime(value: string, zone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,3})?)?$/.exec(value);
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59) return null;
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return null;
  return instantOfLocal(value.slice(0, 16), zone);
}

/** The same as ISO text (UTC, 'Z'), as the API takes it; null when unreadable. */
export function isoOfWallTime(value: string, zone: string): string | null {
  return instantOfWallTime(value, zone)?.toISOString() ?? null;
}

/** An instant (a Date or ISO text) as the zone's wall-clock time, as a datetime-local field holds it. */
export function wallTimeOf(instant: Date | string, zone: string): string {
  return localDateTimeInZone(typeof instant === 'string' ? new Date(instant) : instant, zone);
}

/**
 * A wall-clock time some days later, at the same time of day ('YYYY-MM-DDTHH:mm'): calendar
 * arithmetic, so a weekly meeting at 17:00 stays at 17:00 across a change of summer time.
 */
export function addDaysToWallTime(value: string, days: number): string {
  const t = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(t.getTime())) return value;
  t.setUTCDate(t.getUTCDate() + days);
  return `${t.toISOString().slice(0, 10)}${value.slice(10)}`;
}

/** The day after a 'YYYY-MM-DD' (calendar arithmetic, no zone). */
export function nextDay(day: string): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

/** Where a local day begins and where the next begins, as instants: [start, end). 23 or 25 hours at a change. */
export function dayBoundsInZone(day: string, zone: string): { start: Date; end: Date } {
  return { start: instantOfLocal(`${day}T00:00`, zone), end: instantOfLocal(`${nextDay(day)}T00:00`, zone) };
}

/** The BCP 47 tag of a language as written in a country (Québec writes "12 h 00", the US "12:00 PM"). */
export function localeTag(language: 'fr' | 'en' | 'ar', country?: string | null): string {
  if (language === 'ar') return 'ar';
  if (language === 'fr') return country === 'CA' ? 'fr-CA' : 'fr-FR';
  return country === 'US' ? 'en-US' : country === 'CA' ? 'en-CA' : 'en-GB';
}

export interface ZoneFormat {
  timeZone: string;
  language: 'fr' | 'en';
  /** The organization's country, for the way dates and times are written there. */
  country?: string | null;
}

/** The zone's name as people say it ("heure de l’Est", "Central European Time"); "UTC" for UTC. */
export function zoneLabel(instant: Date, f: ZoneFormat): string {
  if (f.timeZone === 'UTC') return 'UTC';
  const part = new Intl.DateTimeFormat(localeTag(f.language, f.country), {
    timeZone: f.timeZone,
    timeZoneName: 'longGeneric',
  })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? f.timeZone;
}

const nbsp = /[\u202F\u00A0]/g;

/** "jeudi 3 décembre 2026 à 12:00 (heure de l’Est)" / "Thursday, December 3, 2026 at 12:00 PM (Eastern Time)". */
export function formatDateTimeInZone(instant: Date, f: ZoneFormat): string {
  const tag = localeTag(f.language, f.country);
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: f.timeZone }).format(instant);
  const time = formatTimeInZone(instant, f);
  const at = f.language === 'fr' ? 'à' : 'at';
  return `${date} ${at} ${time} (${zoneLabel(instant, f)})`.replace(nbsp, ' ');
}

/** "12:00" (or "12 h 00", "12:00 PM") in the zone, without the zone's name. */
export function formatTimeInZone(instant: Date, f: ZoneFormat): string {
  return new Intl.DateTimeFormat(localeTag(f.language, f.country), {
    timeStyle: 'short',
    timeZone: f.timeZone,
  })
    .format(instant)
    .replace(nbsp, ' ');
}

/** "3 décembre 2026" for an instant, on the day it falls on in the zone. */
export function formatDateInZone(instant: Date, f: ZoneFormat, style: 'long' | 'medium' = 'long'): string {
  return new Intl.DateTimeFormat(localeTag(f.language, f.country), { dateStyle: style, timeZone: f.timeZone })
    .format(instant)
    .replace(nbsp, ' ');
}

/** A calendar day ('YYYY-MM-DD', a due date, a birth date) as written there: no zone can shift it. */
export function formatCalendarDate(
  day: string,
  language: 'fr' | 'en',
  country?: string | null,
  style: 'long' | 'medium' | 'full' = 'long',
): string {
  return new Intl.DateTimeFormat(localeTag(language, country), { dateStyle: style, timeZone: 'UTC' })
    .format(new Date(`${day}T12:00:00Z`))
    .replace(nbsp, ' ');
}
