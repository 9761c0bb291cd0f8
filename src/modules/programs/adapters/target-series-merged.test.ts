import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { undoPersonMerge } from '../../people/use-cases/undo-person-merge.js';
import { createProgram } from '../use-cases/create-program.js';
import { endEnrolment } from '../use-cases/end-enrolment.js';
import { enrolPerson } from '../use-cases/enrol-person.js';
import { mergePersonFiles } from '../use-cases/merge-person-files.js';
import { programsRepository } from './programs-repository.js';
import { targetSeriesRepository } from './target-series-repository.js';

/**
 * A program's figures count a merged pair of files once (docs/duplicates.md): the file merged away
 * counts as the kept file while the merge is in force, as two files again once it is undone.
 */
let database: TestDatabase;
const clock = fixedClock('2026-05-04T10:00:00Z');
let organizationId: string;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
let programId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  organizationId = (await givenOrganization(database.db)).id;
  counselor = await givenStaff(database.db, organizationId, 'counselor');
  programId = (
    await createProgram(testDeps(database, clock))(systemContext(), {
      ownerOrganizationId: organizationId,
      code: 'CEJ',
      nameFr: 'Contrat d’engagement jeune',
      nameEn: 'Youth commitment contract',
      countingUnit: 'person',
      status: 'active',
      rules: [],
    })
  ).id;
});
afterAll(() => database.close());

describe("a program's counts and a merge", () => {
  it('count the merged file as the kept one, in persons and households, until the merge is undone', async () => {
    const deps = testDeps(database, clock);
    const open = async (givenName: string) =>
      (await createPerson(deps)(counselor, { identity: { givenName, familyName: 'Karimi' } })).id;
    const kept = await open('Yusuf');
    const away = await open('Youssef');
    const alone = await open('Samira');
    const intake = { source: 'walk_in' as const };
    // Youssef's file was enrolled and withdrawn, then Yusuf's enrolled: one person, two files.
    const first = await enrolPerson(deps)(counselor, { programId, personId: away, intake });
    await endEnrolment(deps)(counselor, {
      enrolmentId: first.id,
      status: 'withdrawn',
      endedOn: '2026-05-04',
    });
    await enrolPerson(deps)(counselor, { programId, personId: kept, intake });
    await enrolPerson(deps)(counselor, { programId, personId: alone, intake });

    const counts = async () => {
      const series = targetSeriesRepository(database.db);
      const programs = programsRepository(database.db);
      const result: Record<string, unknown> = {};
      for (const unit of ['person', 'household'] as const) {
        const byMonth = await series.newUnitsByMonth(programId, '2026-01-01', '2026-12-31', unit);
        const inPeriod = await programs.countEnrolledInPeriod(programId, '2026-01-01', '2026-12-31', unit);
        result[unit] = {
          months: Object.fromEntries(byMonth.total),
          member: Object.fromEntries(byMonth.byOrganization.get(organizationId) ?? []),
          total: inPeriod.total,
          ofMember: inPeriod.byOrganization.get(organizationId),
        };
      }
      return result;
    };
    const asTwo = { months: { '2026-05': 3 }, member: { '2026-05': 3 }, total: 3, ofMember: 3 };
    const asOne = { months: { '2026-05': 2 }, member: { '2026-05': 2 }, total: 2, ofMember: 2 };
    expect(await counts()).toEqual({ person: asTwo, household: asTwo });

    await mergePersonFiles(deps)(counselor, { keptPersonId: kept, mergedPersonId: away });
    expect(await counts()).toEqual({ person: asOne, household: asOne });

    await undoPersonMerge(deps)(counselor, { personId: away });
    expect(await counts()).toEqual({ person: asTwo, household: asTwo });
  });
});
