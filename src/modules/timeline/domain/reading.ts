import { type Role, sensitiveDataRoles } from '../../../core/auth/roles.js';

/** Staff who work with people's files read their timeline; administrators and funders do not. */
export const timelineReaderRoles: readonly Role[] = [
  'counselor',
  'program_referent',
  'coordinator',
  'director',
];

/** Who is reading, as far as the events' own restrictions are concerned. */
export interface TimelineReader {
  userId: string;
  seesSensitive: boolean;
}

export function readerOf(actor: { userId: string; role: Role }): TimelineReader {
  return { userId: actor.userId, seesSensitive: sensitiveDataRoles.includes(actor.role) };
}

/** The restrictions an event carries, as stored. */
export interface EventRestrictions {
  sensitive: boolean;
  restrictedTo: readonly string[] | null;
  recordedBy: string | null;
}

/**
 * A sensitive event only for roles that see sensitive data; a restricted one (a confidential note)
 * only for its author and the staff it names. The repository applies the same rule in SQL.
 */
export function mayRead(reader: TimelineReader, event: EventRestrictions): boolean {
  if (event.sensitive && !reader.seesSensitive) return false;
  if (event.restrictedTo === null) return true;
  return event.recordedBy === reader.userId || event.restrictedTo.includes(reader.userId);
}

/** Where a page ended: the last event shown, in the timeline's order (newest first, then id). */
export interface TimelinePosition {
  occurredAt: Date;
  id: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A token for "the events after this one", so that the next page needs no offset. */
export function encodeCursor(position: TimelinePosition): string {
  return `${position.occurredAt.toISOString()}~${position.id}`;
}

/** The position a cursor names, or undefined when it was not made by `encodeCursor`. */
export function decodeCursor(cursor: string): TimelinePosition | undefined {
  const [at, id, ...rest] = cursor.split('~');
  if (rest.length > 0 || !at || !id || !uuidPattern.test(id)) return undefined;
  const occurredAt = new Date(at);
  if (Number.isNaN(occurredAt.getTime()) || occurredAt.toISOString() !== at) return undefined;
  return { occurredAt, id };
}

/** The timeline's order: newest first; events of the same instant by id, descending (UUIDv7: latest written first). */
export function newestFirst(a: TimelinePosition, b: TimelinePosition): number {
  const byTime = b.occurredAt.getTime() - a.occurredAt.getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
