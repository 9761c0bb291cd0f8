import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenImmersionScene } from '../../../../test/support/immersion-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { createSessionType } from '../../sessions/use-cases/create-session-type.js';
import { enrolParticipant } from '../../sessions/use-cases/enrol-participant.js';
import { getSeries } from '../../sessions/use-cases/get-series.js';
import { planSeries } from '../../sessions/use-cases/plan-series.js';
import { listPersonImmersions } from './list-person-immersions.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenImmersionScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenImmersionScene(database);
});
afterAll(() => database.close());

describe('listPersonImmersions', () => {
  it('lists the person’s immersions newest first and their job visits: sessions held at an employer', async () => {
    const older = await scene.newImmersion();
    const newer = await scene.newImmersion({
      kind: 'job_shadowing',
      startsOn: '2026-04-01',
      endsOn: '2026-04-01',
      plannedHours: 7,
    });
    const type = await createSessionType(scene.deps)(scene.staff.director, {
      code: 'VISITE',
      nameFr: 'Visite d’entreprise',
      nameEn: 'Company visit',
      kind: 'workshop',
      audience: 'beneficiaries',
      language: 'fr',
      durationMinutes: 120,
      mode: 'in_person',
    });
    const visit = await planSeries(scene.deps)(scene.staff.director, {
      sessionTypeId: type.id,
      title: 'Visite de la boulangerie',
      employerId: scene.employerId,
      employerSiteId: scene.siteId,
      meetings: [{ startsAt: '2026-03-20T09:00:00Z' }],
    });
    const workshop = await planSeries(scene.deps)(scene.staff.director, {
      sessionTypeId: type.id,
      title: 'Atelier CV',
      meetings: [{ startsAt: '2026-03-21T09:00:00Z' }],
    });
    for (const seriesId of [visit.id, workshop.id])
      await enrolParticipant(scene.deps)(scene.staff.counselor, { seriesId, personId: scene.personId });
    const page = await getSeries(scene.deps)(scene.staff.counselor, { seriesId: visit.id });
    expect(page.employer).toEqual({
      id: scene.employerId,
      name: 'Boulangerie Martin',
      site: { id: scene.siteId, name: 'Atelier de Pessac', city: 'Pessac' },
    });

    const list = await listPersonImmersions(scene.deps)(scene.staff.counselor, { personId: scene.personId });
    expect(list.items.map((i) => i.id)).toEqual([newer, older]);
    expect(list.jobVisits).toEqual([
      {
        enrolmentId: expect.any(String),
        seriesId: visit.id,
        title: 'Visite de la boulangerie',
        status: 'enrolled',
        seriesStatus: 'planned',
        firstMeetingAt: '2026-03-20T09:00:00.000Z',
        employer: { id: scene.employerId, name: 'Boulangerie Martin' },
        site: { id: scene.siteId, name: 'Atelier de Pessac', city: 'Pessac' },
        fromMergedFile: null,
      },
    ]);
    await expect(
      listPersonImmersions(scene.deps)(scene.staff.outsider, { personId: scene.personId }),
    ).rejects.toMatchObject({ code: 'IMMERSION_PERSON_NOT_FOUND' });
  });

  it('refuses a session at an employer outside the directory, or at a site of another employer', async () => {
    const type = await createSessionType(scene.deps)(scene.staff.director, {
      code: 'VISITE2',
      nameFr: 'Visite',
      nameEn: 'Visit',
      kind: 'workshop',
      audience: 'beneficiaries',
      language: 'fr',
      durationMinutes: 120,
      mode: 'in_person',
    });
    const plan = (over: Record<string, unknown>) =>
      planSeries(scene.deps)(scene.staff.director, {
        sessionTypeId: type.id,
        title: 'Visite',
        meetings: [{ startsAt: '2026-03-20T09:00:00Z' }],
        ...over,
      });
    await expect(plan({ employerId: '0190a4c8-1b1e-7000-8000-000000000001' })).rejects.toMatchObject({
      code: 'SESSION_EMPLOYER_NOT_FOUND',
    });
    await expect(
      plan({ employerId: scene.otherEmployerId, employerSiteId: scene.siteId }),
    ).rejects.toMatchObject({
      code: 'SESSION_SITE_NOT_OF_EMPLOYER',
    });
  });
});
