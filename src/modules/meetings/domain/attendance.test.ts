import { describe, expect, it } from 'vitest';
import { peoplePresent } from './attendance.js';

describe('people present for an invited organization', () => {
  it('counts its staff and its guests when the organization was present', () => {
    expect(peoplePresent({ attendance: 'present', attendees: ['u1', 'u2'], guests: ['Bruno Laurent'] })).toBe(
      3,
    );
    expect(peoplePresent({ attendance: 'present', attendees: [], guests: [] })).toBe(0);
  });

  it('counts nobody for an organization excused, absent or not yet marked', () => {
    for (const attendance of ['excused', 'absent', null] as const)
      expect(peoplePresent({ attendance, attendees: ['u1'], guests: ['Direction'] })).toBe(0);
  });
});
