import { describe, expect, it } from 'vitest';
import { type ExitFacts, exitRefusals, followedUpAfter, followUpSchedule } from './exit-facts.js';

const base: ExitFacts = {
  outcome: 'permanent_contract',
  exitOn: '2026-06-30',
  contractStartOn: '2026-06-01',
  contractEndOn: null,
  region: null,
  credentialObtained: null,
  evidence: { kind: 'declaration', placementId: null, documentId: null, trainingName: null },
};
const codes = (facts: Partial<ExitFacts>, enrolledOn = '2026-01-01') =>
  exitRefusals({ ...base, ...facts }, enrolledOn).map((r) => `${r.field}:${r.code}`);

describe('exit refusals', () => {
  it('accepts a coherent exit', () => expect(codes({})).toEqual([]));
  it('refuses an exit before the enrolment, accepts one on its day', () => {
    expect(codes({}, '2026-07-01')).toEqual(['exitOn:before_enrolment']);
    expect(codes({}, '2026-06-30')).toEqual([]);
  });
  it('keeps contract dates to contracts, and an end to fixed-term ones', () => {
    expect(codes({ outcome: 'studies' })).toEqual(['contractStartOn:no_contract_for_outcome']);
    expect(codes({ contractEndOn: '2026-12-31' })).toEqual(['contractEndOn:open_ended_contract_has_no_end']);
    expect(codes({ outcome: 'fixed_term_contract', contractEndOn: '2026-05-31' })).toEqual([
      'contractEndOn:end_before_start',
    ]);
    expect(codes({ outcome: 'fixed_term_contract', contractEndOn: '2026-06-01' })).toEqual([]);
  });
  it('asks a region for a move to a region, and only then', () => {
    expect(codes({ outcome: 'moved_to_region', contractStartOn: null })).toEqual(['region:region_required']);
    expect(codes({ outcome: 'moved_to_region', contractStartOn: null, region: 'Bas-Saint-Laurent' })).toEqual(
      [],
    );
    expect(codes({ region: 'Estrie' })).toEqual(['region:region_only_for_move']);
  });
  it('asks the evidence to name what it rests on, and nothing else', () => {
    expect(codes({ evidence: { ...base.evidence, kind: 'placement' } })).toEqual([
      'evidence.placementId:evidence_missing',
    ]);
    expect(codes({ evidence: { ...base.evidence, kind: 'document', placementId: 'x' } })).toEqual([
      'evidence.documentId:evidence_missing',
      'evidence.placementId:evidence_not_of_kind',
    ]);
    expect(
      codes({
        outcome: 'qualifying_training',
        contractStartOn: null,
        evidence: { ...base.evidence, kind: 'placement', placementId: 'p' },
      }),
    ).toEqual(['evidence.kind:placement_for_employment_only']);
    expect(codes({ evidence: { ...base.evidence, kind: 'training', trainingName: 'CAP' } })).toEqual([]);
  });
  it('refuses a credential obtained before the enrolment', () => {
    expect(codes({ credentialObtained: { name: 'RN', obtainedOn: '2025-12-31' } })).toEqual([
      'credentialObtained.obtainedOn:credential_before_enrolment',
    ]);
  });
});

describe('follow-up schedule', () => {
  it('falls the given months after the exit, month ends clamped, each moment once', () => {
    expect(followUpSchedule('2026-08-31', [6, 3, 3, 18])).toEqual([
      { months: 3, dueOn: '2026-11-30' },
      { months: 6, dueOn: '2027-02-28' },
      { months: 18, dueOn: '2028-02-29' },
    ]);
  });
  it('follows up no one excluded from the figures', () => {
    expect(followedUpAfter('deceased')).toBe(false);
    expect(followedUpAfter('moved_abroad')).toBe(false);
    expect(followedUpAfter('dropped_out')).toBe(true);
  });
});
