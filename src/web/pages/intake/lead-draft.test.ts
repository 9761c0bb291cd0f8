import { describe, expect, it } from 'vitest';
import type { LeadView } from '../../api/outreach.js';
import type { IntakeDraft } from './intake-draft.js';
import { draftFromLead } from './lead-draft.js';

/** The fields an intake starts from (the rest of the draft is not read). */
const emptyDraft = () =>
  ({
    firstName: '',
    lastName: '',
    phone: '',
    email: '',
    programId: '',
    referralSource: '',
    partnerName: '',
  }) as IntakeDraft;

const lead = {
  id: '0190a0f0-0000-7000-8000-000000000001',
  programId: '0190a0f0-0000-7000-8000-000000000002',
  metOn: '2026-03-02',
  source: 'partner_referral',
  partnerKind: 'asylum_housing',
  partnerName: 'CADA de Toulouse',
  eventName: null,
  givenName: 'Samir',
  familyName: 'Haidari',
  phone: '+33 6 12 34 56 78',
  email: null,
  language: 'prs',
  note: null,
} as unknown as LeadView;

describe('an intake started from a lead', () => {
  it('starts from the name, contacts, program and source the lead holds', () => {
    expect(draftFromLead(emptyDraft(), lead)).toMatchObject({
      firstName: 'Samir',
      lastName: 'Haidari',
      phone: '+33 6 12 34 56 78',
      email: '',
      programId: lead.programId,
      referralSource: 'partner_referral',
      partnerName: 'CADA de Toulouse',
    });
  });

  it('keeps what the counselor already typed', () => {
    const typed = { ...emptyDraft(), firstName: 'Samīr', phone: '+33 7 00 00 00 00' };
    expect(draftFromLead(typed, lead)).toMatchObject({
      firstName: 'Samīr',
      lastName: 'Haidari',
      phone: '+33 7 00 00 00 00',
    });
  });
});
