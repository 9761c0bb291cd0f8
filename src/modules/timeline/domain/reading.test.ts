import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles } from '../../../core/auth/roles.js';
import {
  decodeCursor,
  encodeCursor,
  mayRead,
  newestFirst,
  readerOf,
  type TimelinePosition,
  timelineReaderRoles,
} from './reading.js';

const counselor = 'a0000000-0000-7000-8000-000000000001';
const colleague = 'a0000000-0000-7000-8000-000000000002';
const author = 'a0000000-0000-7000-8000-000000000003';

describe('who reads which event', () => {
  it('lets the four roles that work with files read timelines, not administrators nor funders', () => {
    expect([...timelineReaderRoles].sort()).toEqual([
      'coordinator',
      'counselor',
      'director',
      'program_referent',
    ]);
    expect(timelineReaderRoles).not.toContain('administrator');
    expect(timelineReaderRoles).not.toContain('funder');
  });

  it('shows sensitive events only to roles that see sensitive data', () => {
    const event = { sensitive: true, restrictedTo: null, recordedBy: author };
    expect(mayRead(readerOf({ userId: counselor, role: 'counselor' }), event)).toBe(true);
    expect(mayRead(readerOf({ userId: counselor, role: 'administrator' }), event)).toBe(false);
    expect(mayRead(readerOf({ userId: counselor, role: 'funder' }), event)).toBe(false);
    expect(
      mayRead(readerOf({ userId: counselor, role: 'administrator' }), { ...event, sensitive: false }),
    ).toBe(true);
  });

  it('shows a restricted event to its author and the staff it names only', () => {
    const reader = (userId: string) => readerOf({ userId, role: 'counselor' });
    const event = { sensitive: false, restrictedTo: [colleague], recordedBy: author };
    expect(mayRead(reader(author), event)).toBe(true);
    expect(mayRead(reader(colleague), event)).toBe(true);
    expect(mayRead(reader(counselor), event)).toBe(false);
    expect(mayRead(reader(counselor), { ...event, restrictedTo: [] })).toBe(false);
    expect(mayRead(reader(author), { ...event, restrictedTo: [] })).toBe(true);
  });

  it('never shows a restricted event to someone neither named nor its author, whatever the role', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...roles),
        fc.boolean(),
        fc.uniqueArray(fc.uuid(), { maxLength: 5 }),
        (role, sensitive, named) => {
          const outsider = 'ffffffff-ffff-7fff-bfff-ffffffffffff';
          fc.pre(!named.includes(outsider));
          expect(
            mayRead(readerOf({ userId: outsider, role }), {
              sensitive,
              restrictedTo: named,
              recordedBy: author,
            }),
          ).toBe(false);
        },
      ),
    );
  });
});

describe('timeline cursors and order', () => {
  const position = fc.record({
    occurredAt: fc.date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2100-01-01T00:00:00Z'),
      noInvalidDate: true,
    }),
    id: fc.uuid(),
  });

  it('gives back the position it was made from', () => {
    fc.assert(
      fc.property(position, (p) => {
        expect(decodeCursor(encodeCursor(p))).toEqual(p);
      }),
    );
  });

  it('refuses what it did not make', () => {
    expect(decodeCursor('')).toBeUndefined();
    expect(decodeCursor('yesterday~a0000000-0000-7000-8000-000000000001')).toBeUndefined();
    expect(decodeCursor('2026-03-04T12:00:00.000Z~not-an-id')).toBeUndefined();
    expect(decodeCursor('2026-03-04T12:00:00Z~a0000000-0000-7000-8000-000000000001')).toBeUndefined();
    expect(decodeCursor('2026-03-04T12:00:00.000Z~a0000000-0000-7000-8000-000000000001~x')).toBeUndefined();
  });

  it('orders newest first, then by id descending, as a total order', () => {
    const sameTime = new Date('2026-03-04T12:00:00.000Z');
    const items: TimelinePosition[] = [
      { occurredAt: new Date('2026-01-01T00:00:00Z'), id: 'a0000000-0000-7000-8000-000000000009' },
      { occurredAt: sameTime, id: 'a0000000-0000-7000-8000-000000000001' },
      { occurredAt: sameTime, id: 'a0000000-0000-7000-8000-000000000002' },
    ];
    expect([...items].sort(newestFirst).map((i) => i.id.slice(-1))).toEqual(['2', '1', '9']);
    fc.assert(
      fc.property(position, position, (a, b) => {
        expect(Math.sign(newestFirst(a, b))).toBe(-Math.sign(newestFirst(b, a)));
        if (newestFirst(a, b) === 0) expect(a).toEqual(b);
      }),
    );
  });
});
