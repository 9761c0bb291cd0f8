import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenImmersionScene } from '../../../test/support/immersion-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { anonymizePersonData, personDataFor } from './person-data.js';
import { assessImmersion } from './use-cases/assess-immersion.js';
import { recordMissedHours } from './use-cases/record-missed-hours.js';
import { signImmersion } from './use-cases/sign-immersion.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenImmersionScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenImmersionScene(database);
});
afterAll(() => database.close());

describe('immersions in the person’s rights', () => {
  it('exports every immersion with signatures, missed hours and assessment, and anonymizes their texts keeping the figures', async () => {
    const immersionId = await scene.newImmersion();
    for (const signatory of ['person', 'employer', 'tutor', 'counselor'] as const)
      await signImmersion(scene.deps)(scene.staff.counselor, {
        immersionId,
        signatory,
        signedAt: '2026-02-27T10:00:00Z',
      });
    await recordMissedHours(scene.deps)(scene.staff.counselor, {
      immersionId,
      onDay: '2026-03-03',
      hours: 2,
      reason: 'Rendez-vous médical',
    });
    await assessImmersion(scene.deps)(scene.staff.counselor, {
      immersionId,
      outcome: 'partially_completed',
      assessedOn: '2026-03-09',
      endedWithJobOffer: false,
      note: 'Souhaite poursuivre dans la boulangerie',
    });
    const { organizationId } = scene.staff.counselor.actor;
    const exported = await personDataFor(database.db, organizationId, scene.personId);
    expect(exported.immersions).toHaveLength(1);
    expect(exported.immersions[0]).toMatchObject({
      kind: 'pmsmp',
      objectives: expect.stringContaining('boulanger'),
      missedHours: [{ onDay: '2026-03-03', minutes: 120, reason: 'Rendez-vous médical' }],
      assessment: { outcome: 'partially_completed', note: 'Souhaite poursuivre dans la boulangerie' },
    });
    expect(exported.immersions[0]!.signatures.map((s) => s.signerName)).toContain('Layla Haddad');
    // Another organization holds nothing on the person.
    expect(
      (await personDataFor(database.db, scene.staff.outsider.actor.organizationId, scene.personId))
        .immersions,
    ).toEqual([]);

    expect(await anonymizePersonData(database.db, organizationId, scene.personId)).toBe(1);
    const after = await personDataFor(database.db, organizationId, scene.personId);
    expect(after.immersions[0]).toMatchObject({
      objectives: '',
      plannedHours: 35,
      missedHours: [{ onDay: '2026-03-03', minutes: 120, reason: null }],
      assessment: { outcome: 'partially_completed', endedWithJobOffer: false, note: null },
    });
    expect(after.immersions[0]!.signatures.map((s) => s.signerName)).toEqual(['—', '—', '—', '—']);
  });
});
