import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import type { Deps } from '../../../core/use-case.js';
import { programHandoffFigures } from '../../handoffs/use-cases/handoff-figures.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { createProgram } from '../../programs/use-cases/create-program.js';
import { programReferralFigures } from './referral-figures.js';

/**
 * A program's referral figures as its readers get them: every member's for the coordinating
 * organization, one's own for a member, nothing for funders (403) or an organization outside (404);
 * no count between 1 and 9 published anywhere. Only the referrals made in the program count: those of
 * another program are not seen, those made in none are counted apart.
 */
let database: TestDatabase;
let deps: Deps;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let coordinator: Staff;
let memberCounselor: Staff;
let funder: Staff;
let outsider: Staff;
let programId: string;
let associationId: string;
let missionLocaleId: string;
const dayMs = 86_400_000;
const now = new Date('2026-06-30T10:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock(now.toISOString()));
  const db = database.db;
  const arml = await givenOrganization(db, { name: 'ARML Occitanie' });
  const association = await givenOrganization(db, { name: 'Association Partenaire' });
  const missionLocale = await givenOrganization(db, { name: 'Mission Locale de Toulouse' });
  const other = await givenOrganization(db, { name: 'Mission Locale de Nîmes' });
  associationId = association.id;
  missionLocaleId = missionLocale.id;
  const consortium = await givenConsortium(db, arml.id, [association.id, missionLocale.id]);
  programId = (
    await createProgram(deps)(systemContext(), {
      ownerOrganizationId: arml.id,
      consortiumId: consortium.id,
      code: 'IPR',
      nameFr: 'IPR',
      nameEn: 'IPR',
      countingUnit: 'person',
      status: 'active',
      rules: [],
    } as never)
  ).id;
  coordinator = await givenStaff(db, arml.id, 'coordinator');
  memberCounselor = await givenStaff(db, missionLocale.id, 'counselor');
  funder = await givenStaff(db, missionLocale.id, 'funder');
  outsider = await givenStaff(db, other.id, 'counselor');
  const sender = await givenStaff(db, association.id, 'counselor');
  const { id: personId } = await createPerson(deps)(sender, {
    identity: { givenName: 'Aya', familyName: 'H' },
  });
  // Sent 30 days ago, 40 to the Mission Locale for housing (25 answered after 2 days, 15 pending) and 12 to
  // a directory service for a French class; in 2025, 3 for health the Mission Locale declined.
  const sentAt = new Date(now.getTime() - 30 * dayMs);
  const lastYear = new Date('2025-10-01T10:00:00Z');
  const rows = Array.from({ length: 55 }, (_, i) => {
    const toService = i >= 40 && i < 52;
    const declined = i >= 52;
    const answered = i < 25 || declined;
    const at = declined ? lastYear : sentAt;
    return {
      id: crypto.randomUUID(),
      organization_id: association.id,
      person_id: personId,
      receiver_organization_id: toService ? null : missionLocale.id,
      service_id: toService ? crypto.randomUUID() : null,
      service_organization_id: toService ? association.id : null,
      service_name: toService ? 'FLE' : null,
      purpose: toService ? 'language_class' : declined ? 'health' : 'housing',
      consent_id: toService ? null : crypto.randomUUID(),
      status: declined ? 'declined' : answered ? 'accepted' : 'pending',
      decline_reason: declined ? 'no_capacity' : null,
      sent_at: at,
      sent_by: sender.actor.userId,
      answered_at: answered ? new Date(at.getTime() + 2 * dayMs) : null,
      answered_by: answered ? memberCounselor.actor.userId : null,
      closed_at: declined ? new Date(at.getTime() + 2 * dayMs) : null,
      updated_at: at,
      program_id: programId,
    };
  });
  await db.insertInto('referrals').values(rows).execute();
  // The same month, 12 housing referrals to the Mission Locale made in no program and 11 in another.
  const elsewhere = crypto.randomUUID();
  await db
    .insertInto('referrals')
    .values(
      Array.from({ length: 23 }, (_, i) => ({
        ...rows[30]!,
        id: crypto.randomUUID(),
        program_id: i < 12 ? null : elsewhere,
      })),
    )
    .execute();
});
afterAll(() => database.close());

const period = { programId: '', from: '2026-01-01', to: '2026-12-31' };

/** Every count of the published figures. */
function countsOf(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(countsOf);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) =>
      ['threshold', 'medianDays', 'shareWithinDelay'].includes(key) ? [] : countsOf(v),
    );
  return [];
}

describe('a program’s referral figures', () => {
  it('for the coordinating organization: every member’s, by purpose, organization, answers and delays', async () => {
    const figures = await programReferralFigures(deps)(coordinator, { ...period, programId });
    expect(figures.scope).toBe('program');
    expect(figures.total).toMatchObject({ total: 52, statuses: { pending: 27, accepted: 25 }, declined: 0 });
    expect(figures.withoutProgram).toBe(12);
    // In the order of the purposes' list.
    expect(figures.byCategory).toEqual([
      expect.objectContaining({ category: 'language_class', total: 12 }),
      expect.objectContaining({
        category: 'housing',
        total: 40,
        statuses: expect.objectContaining({ accepted: 25, pending: 15 }),
      }),
    ]);
    expect(figures.byOrganization).toHaveLength(2);
    expect(figures.byOrganization).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ organizationId: associationId, sent: 40, sentToServices: 12, received: 0 }),
        expect.objectContaining({
          organizationId: missionLocaleId,
          sent: 0,
          sentToServices: 0,
          received: 40,
        }),
      ]),
    );
    // 25 answered in 2 days; the 15 pending are past the association's 7 days: 25 of 40 within the delay.
    expect(figures.answers.total).toEqual({ answered: 25, medianDays: 2, shareWithinDelay: 25 / 40 });
    expect(figures.answers.byOrganization).toEqual([
      expect.objectContaining({ organizationId: missionLocaleId, medianDays: 2, shareWithinDelay: 25 / 40 }),
    ]);
  });

  it('suppresses small cells and whatever would give them away', async () => {
    const figures = await programReferralFigures(deps)(coordinator, {
      programId,
      from: '2025-01-01',
      to: '2026-12-31',
    });
    const health = figures.byCategory.find((c) => c.category === 'health');
    expect(health).toMatchObject({ total: null, declined: null, declineReasons: { no_capacity: null } });
    expect(figures.total.declineReasons.no_capacity).toBeNull();
    expect(figures.total.declined).toBeNull();
    for (const count of countsOf(figures)) expect(count === 0 || count >= figures.threshold).toBe(true);
    // A period before them all counts nothing.
    const before = await programReferralFigures(deps)(coordinator, {
      programId,
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(before.total.total).toBe(0);
  });

  it('for a member: its own only; funders 403, an organization outside 404; hand-offs likewise', async () => {
    const figures = await programReferralFigures(deps)(memberCounselor, { ...period, programId });
    expect(figures.scope).toBe('organization');
    expect(figures.byOrganization.map((o) => o.organizationId)).toEqual([missionLocaleId]);
    expect(figures.total.total).toBe(40);
    expect(figures.withoutProgram).toBe(12);
    await expect(programReferralFigures(deps)(funder, { ...period, programId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(programReferralFigures(deps)(outsider, { ...period, programId })).rejects.toMatchObject({
      code: 'REFERRAL_PROGRAM_NOT_FOUND',
    });
    const handoffs = await programHandoffFigures(deps)(coordinator, { ...period, programId });
    expect(handoffs).toMatchObject({
      scope: 'program',
      withoutProgram: 0,
      total: { total: 0 },
      byCategory: [],
      byOrganization: [],
    });
    await expect(programHandoffFigures(deps)(outsider, { ...period, programId })).rejects.toMatchObject({
      code: 'HANDOFF_PROGRAM_NOT_FOUND',
    });
  });
});
