import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { listPersonTimeline } from '../../timeline/use-cases/list-person-timeline.js';
import { addPersonItem } from './add-person-item.js';
import { createPerson } from './create-person.js';
import { revokeConsent } from './revoke-consent.js';
import { updateBarrier } from './update-barrier.js';
import { updatePerson } from './update-person.js';

let database: TestDatabase;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
const deps = () => testDeps(database, fixedClock('2026-04-02T09:30:00Z'));
beforeAll(async () => {
  database = await createTestDatabase();
  counselor = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
});
afterAll(() => database.close());

const identity = {
  givenName: 'Aminah',
  familyName: 'Youssef',
  immigrationStatus: 'asylum_seeker' as const,
  asylumApplicationDate: '2025-10-01',
};
const peopleEvents = async (personId: string) =>
  (await listPersonTimeline(deps())(counselor, { personId, modules: ['people'] })).items;

describe("the file's own events on the timeline", () => {
  it('starts with the registration at the intake and the consents given then, dated by their day', async () => {
    const { id } = await createPerson(deps())(counselor, {
      identity,
      consents: [{ purpose: 'program_data_processing', givenOn: '2026-04-01' }],
    });
    expect((await peopleEvents(id)).map((e) => [e.kind, e.occurredAt, e.allDay, e.data])).toEqual([
      ['person.registered', '2026-04-02T09:30:00.000Z', false, {}],
      ['consent.given', '2026-04-01T12:00:00.000Z', true, { purpose: 'program_data_processing' }],
    ]);
  });

  it('tells the registration on the day of the intake when the file is typed in later, never in the future', async () => {
    const { id } = await createPerson(deps())(counselor, { identity, intakeOn: '2026-03-16' });
    expect((await peopleEvents(id)).map((e) => [e.kind, e.occurredAt, e.allDay])).toEqual([
      ['person.registered', '2026-03-16T12:00:00.000Z', true],
    ]);
    await expect(createPerson(deps())(counselor, { identity, intakeOn: '2026-04-03' })).rejects.toMatchObject(
      {
        code: 'VALIDATION_FAILED',
      },
    );
  });

  it('tells a consent given and withdrawn later', async () => {
    const { id } = await createPerson(deps())(counselor, { identity });
    const consent = await addPersonItem(deps())(counselor, {
      personId: id,
      item: { kind: 'consent', data: { purpose: 'contacting_employers', givenOn: '2026-03-15' } },
    });
    await revokeConsent(deps())(counselor, { personId: id, itemId: consent.id, revokedOn: '2026-04-01' });
    const consents = (await peopleEvents(id)).filter((e) => e.kind.startsWith('consent.'));
    expect(consents.map((e) => [e.kind, e.occurredAt.slice(0, 10), e.resourceId, e.data.purpose])).toEqual([
      ['consent.withdrawn', '2026-04-01', consent.id, 'contacting_employers'],
      ['consent.given', '2026-03-15', consent.id, 'contacting_employers'],
    ]);
    // Other file entries (a language, a diploma) are not events of the story.
    await addPersonItem(deps())(counselor, {
      personId: id,
      item: { kind: 'language', data: { language: 'fr' } },
    });
    expect(await peopleEvents(id)).toHaveLength(3);
  });

  it('tells a barrier identified and resolved, a health barrier as sensitive and without its category', async () => {
    const { id } = await createPerson(deps())(counselor, {
      identity,
      barriers: [{ category: 'housing', identifiedOn: '2026-03-01' }],
    });
    const health = await addPersonItem(deps())(counselor, {
      personId: id,
      item: {
        kind: 'barrier',
        data: { category: 'health', identifiedOn: '2026-03-10', note: 'suivi médical' },
      },
    });
    await updateBarrier(deps())(counselor, { personId: id, itemId: health.id, status: 'being_addressed' });
    await updateBarrier(deps())(counselor, {
      personId: id,
      itemId: health.id,
      status: 'resolved',
      resolvedOn: '2026-03-20',
    });
    // Resolved again (a note corrected): the barrier was not resolved a second time.
    await updateBarrier(deps())(counselor, {
      personId: id,
      itemId: health.id,
      status: 'resolved',
      note: 'ok',
    });
    const barriers = (await peopleEvents(id)).filter((e) => e.kind.startsWith('barrier.'));
    expect(barriers.map((e) => [e.kind, e.occurredAt.slice(0, 10), e.sensitive, e.data])).toEqual([
      ['barrier.resolved', '2026-03-20', true, { category: null }],
      ['barrier.identified', '2026-03-10', true, { category: null }],
      ['barrier.identified', '2026-03-01', false, { category: 'housing' }],
    ]);
    expect(JSON.stringify(barriers)).not.toMatch(/health|médical/);
  });

  it('tells that the status changed as a sensitive event that carries no value', async () => {
    const { id } = await createPerson(deps())(counselor, { identity });
    await updatePerson(deps())(counselor, { personId: id, ...identity, city: 'Toulouse' });
    expect((await peopleEvents(id)).map((e) => e.kind)).toEqual(['person.registered']);
    await updatePerson(deps())(counselor, {
      personId: id,
      ...identity,
      immigrationStatus: 'refugee',
      statusDate: '2026-03-30',
    });
    const [changed] = await peopleEvents(id);
    expect(changed).toMatchObject({ kind: 'person.status_changed', sensitive: true, data: {} });
    expect(JSON.stringify(changed)).not.toMatch(/refugee|2026-03-30/);
  });
});
