import { type AttendanceMark, type PartnerKind, partnerKinds } from './vocabulary.js';

export interface CountedRegistration {
  partnerKind: PartnerKind | null;
  attendance: AttendanceMark | null;
}

export interface ConveningCounts {
  registered: number;
  present: number;
  absent: number;
  unmarked: number;
  /** Every kind with at least one registration, in the vocabulary's order, `none` (not said) last. */
  byPartnerKind: { kind: PartnerKind | 'none'; registered: number; present: number }[];
}

/** The figures of a convening, from its registrations: who registered, who came, from which kind of partner. */
export function conveningCounts(registrations: readonly CountedRegistration[]): ConveningCounts {
  const byKind = new Map<PartnerKind | 'none', { registered: number; present: number }>();
  let present = 0;
  let absent = 0;
  for (const r of registrations) {
    const kind = r.partnerKind ?? 'none';
    const entry = byKind.get(kind) ?? { registered: 0, present: 0 };
    entry.registered += 1;
    if (r.attendance === 'present') {
      entry.present += 1;
      present += 1;
    }
    if (r.attendance === 'absent') absent += 1;
    byKind.set(kind, entry);
  }
  return {
    registered: registrations.length,
    present,
    absent,
    unmarked: registrations.length - present - absent,
    byPartnerKind: [...partnerKinds, 'none' as const].flatMap((kind) => {
      const entry = byKind.get(kind);
      return entry ? [{ kind, ...entry }] : [];
    }),
  };
}

/** Seats left, or null without a capacity; never below zero (a capacity lowered under the registrations). */
export function seatsLeft(capacity: number | null, registered: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - registered);
}
