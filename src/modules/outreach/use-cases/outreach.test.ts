import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { givenConsortiumProgram } from '../../../../test/support/program-enrolments.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { intakeSources } from '../../../contracts/programs.js';
import { fixedClock } from '../../../core/clock.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { enrolPerson } from '../../programs/use-cases/enrol-person.js';
import { listPersonTimeline } from '../../timeline/use-cases/list-person-timeline.js';
import { leadSources } from '../domain/vocabulary.js';
import { anonymizeLeadsKind, outreachJobHandlers } from '../jobs.js';
import { anonymizePersonData, personDataFor } from '../person-data.js';
import { changeLead } from './change-lead.js';
import { closeLead } from './close-lead.js';
import { convertLead } from './convert-lead.js';
import { listLeads } from './list-leads.js';
import { programOutreachFigures } from './outreach-figures.js';
import { readLead } from './read-lead.js';
import { recordAttempt } from './record-attempt.js';
import { recordLead } from './record-lead.js';
import { reopenLead } from './reopen-lead.js';

let database: TestDatabase;
const clock = fixedClock('2026-06-01T09:00:00Z');
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let counselor: Staff;
let colleague: Staff;
let memberB: Staff;
let coordinator: Staff;
let funder: Staff;
let outsider: Staff;
let programId: string;
const year = { from: '2026-01-01', to: '2026-12-31' };

const fromCada = {
  metOn: '2026-03-02',
  source: 'partner_referral' as const,
  partnerKind: 'asylum_housing' as const,
  partnerName: 'CADA de Toulouse',
  givenName: 'Samir',
  familyName: 'Haidari',
  phone: '+33 6 12 34 56 78',
  language: 'prs',
  note: 'Interested in the building trades',
};

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const scene = await givenConsortiumProgram(deps, 'IPR-OUTREACH', 0);
  programId = scene.programId;
  const [a, b] = scene.members as [string, string];
  counselor = await givenStaff(database.db, a, 'counselor', { displayName: 'Nadia' });
  colleague = await givenStaff(database.db, a, 'counselor', { displayName: 'Karim' });
  funder = await givenStaff(database.db, a, 'funder');
  memberB = await givenStaff(database.db, b, 'counselor');
  coordinator = await givenStaff(database.db, scene.regional, 'coordinator');
  outsider = await givenStaff(
    database.db,
    (await givenOrganization(database.db, { name: 'Elsewhere' })).id,
    'counselor',
  );
});
afterAll(() => database.close());

const audited = (action: string) =>
  database.db
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', action)
    .orderBy('inserted_seq')
    .execute();

describe('repérage', () => {
  it('uses the intake sources of enrolments, so that a converted lead keeps its source in the figures', () => {
    expect([...leadSources]).toEqual([...intakeSources]);
  });

  it('records a lead signalled by a partner, lists it without contact details, and audits every read', async () => {
    const { id } = await recordLead(deps)(counselor, {
      ...fromCada,
      programId,
      assignedUserId: colleague.actor.userId,
    });
    const list = await listLeads(deps)(counselor, { state: 'open', mine: false });
    expect(list.items).toEqual([
      expect.objectContaining({
        id,
        givenName: 'Samir',
        source: 'partner_referral',
        partnerKind: 'asylum_housing',
        partnerName: 'CADA de Toulouse',
        assigned: { userId: colleague.actor.userId, name: 'Karim' },
        attempts: 0,
        outcome: null,
      }),
    ]);
    expect(list.items[0]).not.toHaveProperty('phone');
    expect((await listLeads(deps)(colleague, { state: 'open', mine: true })).total).toBe(1);
    expect((await listLeads(deps)(counselor, { state: 'open', mine: true })).total).toBe(0);
    const lead = await readLead(deps)(colleague, { leadId: id });
    expect(lead).toMatchObject({ phone: '+33 6 12 34 56 78', language: 'prs', createdBy: { name: 'Nadia' } });
    const [read] = await audited('outreach.lead_read');
    expect(read).toMatchObject({ actor_user_id: colleague.actor.userId, resource_id: id });
    // Nothing of the person in the audit: which fields, never their values.
    expect(JSON.stringify(await audited('outreach.lead_record'))).not.toContain('Samir');
  });

  it('refuses other organizations (not found), funders (forbidden) and a colleague who cannot follow up', async () => {
    const { id } = await recordLead(deps)(counselor, { ...fromCada, givenName: 'Other' });
    await expect(readLead(deps)(outsider, { leadId: id })).rejects.toMatchObject({
      code: 'OUTREACH_LEAD_NOT_FOUND',
    });
    await expect(readLead(deps)(memberB, { leadId: id })).rejects.toMatchObject({
      code: 'OUTREACH_LEAD_NOT_FOUND',
    });
    await expect(listLeads(deps)(funder, { state: 'open' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      recordLead(deps)(counselor, { ...fromCada, assignedUserId: funder.actor.userId }),
    ).rejects.toMatchObject({ code: 'OUTREACH_ASSIGNEE_NOT_COLLEAGUE' });
    await expect(recordLead(deps)(outsider, { ...fromCada, programId })).rejects.toMatchObject({
      code: 'OUTREACH_PROGRAM_NOT_FOUND',
    });
  });

  it('records attempts on or after the day met, the least recently tried lead first', async () => {
    const first = await recordLead(deps)(counselor, { ...fromCada, givenName: 'Aya', metOn: '2026-04-01' });
    const second = await recordLead(deps)(counselor, {
      ...fromCada,
      givenName: 'Bilal',
      metOn: '2026-04-01',
    });
    await expect(
      recordAttempt(deps)(counselor, {
        leadId: first.id,
        attemptedAt: '2026-03-31T10:00:00+02:00',
        channel: 'phone',
        reached: false,
      }),
    ).rejects.toMatchObject({ code: 'OUTREACH_ATTEMPT_BEFORE_MEETING', status: 400 });
    await recordAttempt(deps)(counselor, {
      leadId: first.id,
      attemptedAt: '2026-04-02T10:00:00+02:00',
      channel: 'phone',
      reached: false,
      note: 'Voicemail',
    });
    const open = (await listLeads(deps)(counselor, { state: 'open' })).items.map((l) => l.givenName);
    expect(open.indexOf('Bilal')).toBeLessThan(open.indexOf('Aya'));
    expect((await readLead(deps)(counselor, { leadId: second.id })).attemptsMade).toEqual([]);
    expect((await readLead(deps)(counselor, { leadId: first.id })).attemptsMade).toEqual([
      expect.objectContaining({
        channel: 'phone',
        reached: false,
        note: 'Voicemail',
        recordedBy: expect.objectContaining({ name: 'Nadia' }),
      }),
    ]);
  });

  it('links a lead to the file only once the person is enrolled, and the file tells where they came from', async () => {
    const { id } = await recordLead(deps)(counselor, { ...fromCada, givenName: 'Hamid', programId });
    const personId = (
      await createPerson(deps)(counselor, { identity: { givenName: 'Hamid', familyName: 'Rahimi' } })
    ).id;
    await expect(convertLead(deps)(counselor, { leadId: id, personId })).rejects.toMatchObject({
      code: 'OUTREACH_PERSON_NOT_ENROLLED',
      status: 409,
    });
    await enrolPerson(deps)(counselor, {
      programId,
      personId,
      enrolledOn: '2026-03-20',
      intake: { source: 'partner_referral' },
    });
    expect(await convertLead(deps)(counselor, { leadId: id, personId })).toEqual({ outcomeOn: '2026-03-20' });
    const lead = await readLead(deps)(counselor, { leadId: id });
    expect(lead).toMatchObject({ outcome: 'enrolled', outcomeOn: '2026-03-20', personId });
    const timeline = await listPersonTimeline(deps)(counselor, { personId, modules: ['outreach'] });
    expect(timeline.items).toEqual([expect.objectContaining({ kind: 'outreach.lead_converted' })]);
    await expect(
      changeLead(deps)(counselor, { leadId: id, body: { ...fromCada, givenName: 'Changed' } }),
    ).rejects.toMatchObject({ code: 'OUTREACH_LEAD_CLOSED' });
    // A file of another organization cannot be linked.
    const { id: another } = await recordLead(deps)(counselor, { ...fromCada, givenName: 'Lina' });
    const elsewhere = (
      await createPerson(deps)(memberB, { identity: { givenName: 'Lina', familyName: 'B' } })
    ).id;
    await expect(
      convertLead(deps)(counselor, { leadId: another, personId: elsewhere }),
    ).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
  });

  it("is part of the person's data: in the export, then anonymized with the file", async () => {
    const { id } = await recordLead(deps)(counselor, { ...fromCada, givenName: 'Rana', programId });
    await recordAttempt(deps)(counselor, {
      leadId: id,
      attemptedAt: '2026-03-03T10:00:00+01:00',
      channel: 'sms',
      reached: true,
      note: 'Agreed to come on Monday',
    });
    const personId = (
      await createPerson(deps)(counselor, { identity: { givenName: 'Rana', familyName: 'S' } })
    ).id;
    await enrolPerson(deps)(counselor, {
      programId,
      personId,
      enrolledOn: '2026-03-09',
      intake: { source: 'partner_referral' },
    });
    await convertLead(deps)(counselor, { leadId: id, personId });
    const organizationId = counselor.actor.organizationId;
    const exported = await personDataFor(database.db, organizationId, personId);
    expect(exported.leads).toEqual([
      expect.objectContaining({
        givenName: 'Rana',
        phone: '+33 6 12 34 56 78',
        outcome: 'enrolled',
        attempts: [expect.objectContaining({ channel: 'sms', note: 'Agreed to come on Monday' })],
      }),
    ]);
    expect(await anonymizePersonData(database.db, organizationId, personId, clock.now())).toBe(1);
    const [after] = (await personDataFor(database.db, organizationId, personId)).leads;
    expect(after).toMatchObject({
      givenName: null,
      phone: null,
      note: null,
      outcome: 'enrolled',
      source: 'partner_referral',
    });
    expect(after?.attempts[0]?.note).toBeNull();
  });

  it('closes with why, reopens what was closed by mistake, and refuses a closing day before the meeting', async () => {
    const { id } = await recordLead(deps)(counselor, {
      ...fromCada,
      givenName: 'Yonas',
      programId,
      source: 'outreach_event',
      partnerKind: null,
      eventName: 'Forum',
    });
    await expect(
      closeLead(deps)(counselor, { leadId: id, outcome: 'not_interested', outcomeOn: '2026-03-01' }),
    ).rejects.toMatchObject({ code: 'OUTREACH_CLOSED_BEFORE_MEETING' });
    await closeLead(deps)(counselor, { leadId: id, outcome: 'not_interested', outcomeOn: '2026-03-05' });
    await expect(
      closeLead(deps)(counselor, { leadId: id, outcome: 'unreachable', outcomeOn: '2026-03-06' }),
    ).rejects.toMatchObject({ code: 'OUTREACH_LEAD_CLOSED' });
    await reopenLead(deps)(counselor, { leadId: id });
    await expect(reopenLead(deps)(counselor, { leadId: id })).rejects.toMatchObject({
      code: 'OUTREACH_LEAD_NOT_CLOSED',
    });
    await closeLead(deps)(counselor, { leadId: id, outcome: 'unreachable', outcomeOn: '2026-04-10' });
    const lead = await readLead(deps)(counselor, { leadId: id });
    expect(lead).toMatchObject({
      outcome: 'unreachable',
      outcomeOn: '2026-04-10',
      eventName: 'Forum',
      partnerKind: null,
    });
    const changes = await audited('outreach.lead_reopen');
    expect(changes.at(-1)?.details).toEqual({ previousOutcome: 'not_interested' });
  });

  it("counts the program's repérage: a member its own leads, those who steer the program every member's", async () => {
    await recordLead(deps)(memberB, { ...fromCada, givenName: 'Elsewhere', programId });
    const own = await programOutreachFigures(deps)(counselor, { programId, ...year });
    expect(own.scope).toBe('organization');
    expect(own.total).toMatchObject({ met: 4, open: 1, conversionRate: 2 / 3, medianDaysToEnrolment: 12.5 });
    expect(own.bySource.map((r) => [r.source, r.met])).toEqual([
      ['partner_referral', 3],
      ['outreach_event', 1],
    ]);
    const all = await programOutreachFigures(deps)(coordinator, { programId, ...year });
    expect(all.scope).toBe('program');
    expect(all.total.met).toBe(5);
    await expect(programOutreachFigures(deps)(outsider, { programId, ...year })).rejects.toMatchObject({
      code: 'OUTREACH_PROGRAM_NOT_FOUND',
    });
    await expect(programOutreachFigures(deps)(funder, { programId, ...year })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('anonymizes a lead closed without enrolment after a year, keeping the figures; never an enrolled one', async () => {
    const before = await programOutreachFigures(deps)(counselor, { programId, ...year });
    clock.set('2027-04-11T04:00:00Z');
    await outreachJobHandlers[anonymizeLeadsKind]?.(deps, {}, undefined as never);
    const closed = (await listLeads(deps)(counselor, { state: 'closed' })).items;
    const unreachable = closed.find((l) => l.outcome === 'unreachable');
    expect(unreachable).toMatchObject({
      anonymized: true,
      givenName: null,
      familyName: null,
      eventName: 'Forum',
    });
    expect(closed.find((l) => l.outcome === 'enrolled')).toMatchObject({
      anonymized: false,
      givenName: 'Hamid',
    });
    const lead = await readLead(deps)(counselor, { leadId: unreachable?.id as string });
    expect(lead).toMatchObject({ phone: null, note: null, language: 'prs' });
    await expect(reopenLead(deps)(counselor, { leadId: lead.id })).rejects.toMatchObject({
      code: 'OUTREACH_LEAD_ANONYMIZED',
    });
    expect(await programOutreachFigures(deps)(counselor, { programId, ...year })).toEqual(before);
    clock.set('2026-06-01T09:00:00Z');
  });
});
