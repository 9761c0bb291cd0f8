import { z } from 'zod';

/**
 * The building blocks of every contract's input: text that a database can store, and dates whose
 * bounds make sense for what they mean. One definition here, so that a new field cannot forget them.
 */

/** Half of a surrogate pair, alone: not a character at all. NUL is refused too: PostgreSQL cannot store it in text. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const textMessage =
  'Text may not contain the NUL character or an unpaired UTF-16 surrogate (invalid Unicode)';

export const isStorableText = (value: string) => !value.includes('\u0000') && !loneSurrogate.test(value);

/** Any text of a request: `z.string()` that refuses what cannot be stored. Add the bounds after it. */
export const plainText = () => z.string().refine(isStorableText, { message: textMessage, abort: true });

/** A web address that can be stored: URL parsing alone lets a NUL through in the path. */
export const storableUrl = (params?: Parameters<typeof z.url>[0]) =>
  z.url(params).refine(isStorableText, { message: textMessage, abort: true });

/** Required text, trimmed, at least one character. */
export const text = (max: number) => plainText().trim().min(1).max(max);

/** Optional text, trimmed; null or absent when not given. */
export const optionalText = (max: number) => plainText().trim().max(max).nullish();

// ——— Dates ———
// Calendar dates are 'YYYY-MM-DD' strings, compared as strings. "Today" is the server's UTC day with
// one day of slack either way (a person a day ahead in Auckland, a day behind in Honolulu). The use
// cases still check what depends on their own records (a payment after the disbursement…).

const earliest = '1900-01-01';
const latest = '2100-12-31';
const day = (shiftDays = 0, shiftYears = 0) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + shiftDays);
  d.setUTCFullYear(d.getUTCFullYear() + shiftYears);
  return d.toISOString().slice(0, 10);
};

/** How far ahead a plan, an appointment or a session may be scheduled. */
export const planningYears = 10;
/** The oldest birth date taken as plausible. */
export const maxAgeYears = 120;

const boundedDate = (min: () => string, max: () => string, message: string) =>
  z.iso.date({ message: 'A date as YYYY-MM-DD' }).refine((v) => v >= min() && v <= max(), { message });

/** Any calendar date (a filter, a day to show): between 1900 and 2100. */
export const calendarDate = () =>
  boundedDate(
    () => earliest,
    () => latest,
    `A date between ${earliest} and ${latest}`,
  );

/** A day that has happened: not in the future, not before 1900. */
export const pastDate = (what = 'This date') =>
  boundedDate(
    () => earliest,
    () => day(1),
    `${what} is in the past (today at the latest) and not before ${earliest}`,
  );

/** A birth date: in the past, at most 120 years ago. */
export const birthDate = () =>
  boundedDate(
    () => day(-1, -maxAgeYears),
    () => day(1),
    `A birth date is in the past and at most ${maxAgeYears} years ago`,
  );

/** A day of a plan or a schedule (also a past one, recorded after the fact): at most 10 years ahead. */
export const plannedDate = (what = 'This date') =>
  boundedDate(
    () => earliest,
    () => day(0, planningYears),
    `${what} is between ${earliest} and ${planningYears} years from today`,
  );

/** A day that may lie ahead without being planned (a consent's expiry): not before 1900, before 2100. */
export const eventDate = (what = 'This date') =>
  boundedDate(
    () => earliest,
    () => latest,
    `${what} is between ${earliest} and ${latest}`,
  );

const instant = (min: () => string, max: () => string, message: string) =>
  z.iso.datetime({ offset: true, message: 'A date and time in ISO 8601, with its offset' }).refine(
    (v) => {
      const at = new Date(v).getTime();
      return at >= new Date(`${min()}T00:00:00Z`).getTime() && at <= new Date(`${max()}T23:59:59Z`).getTime();
    },
    { message },
  );

/** Any instant (a filter): between 1900 and 2100. */
export const calendarDateTime = () =>
  instant(
    () => earliest,
    () => latest,
    `A date and time between ${earliest} and ${latest}`,
  );

/** An instant that has happened (a note's interview): not after tomorrow, not before 1900. */
export const pastDateTime = (what = 'This time') =>
  instant(
    () => earliest,
    () => day(1),
    `${what} is in the past and not before ${earliest}`,
  );

/** An instant of a schedule (an appointment, a meeting): at most 10 years ahead. */
export const plannedDateTime = (what = 'This time') =>
  instant(
    () => earliest,
    () => day(0, planningYears),
    `${what} is between ${earliest} and ${planningYears} years from today`,
  );

/** A year that has passed or is under way (someone's birth). */
export const pastYear = (from = 1900) =>
  z
    .number()
    .int()
    .min(from)
    .refine((y) => y <= new Date().getUTCFullYear(), {
      message: 'A year that has begun (this year at the latest)',
    });

/** A year of a course or a job, past or expected (a degree under way): at most 10 years ahead. */
export const careerYear = (from = 1940) =>
  z
    .number()
    .int()
    .min(from)
    .refine((y) => y <= new Date().getUTCFullYear() + planningYears, {
      message: `A year from ${from} to ${planningYears} years from now`,
    });

/**
 * `end ≥ start` for a pair of fields (dates as YYYY-MM-DD, or years), reported on the end field;
 * spread into `.refine(...)`.
 */
export function endsAfterStart(
  start: string,
  end: string,
): [(value: object) => boolean, { path: PropertyKey[]; message: string }] {
  return [
    (value) => {
      const from = (value as Record<string, string | number | null | undefined>)[start];
      const to = (value as Record<string, string | number | null | undefined>)[end];
      return from === null || from === undefined || to === null || to === undefined || from <= to;
    },
    { path: [end], message: `${end} is on or after ${start}` },
  ];
}
