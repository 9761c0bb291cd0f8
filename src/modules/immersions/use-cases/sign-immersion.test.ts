import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenImmersionScene } from '../../../../test/support/immersion-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { getImmersion } from './get-immersion.js';
import { signImmersion } from './sign-immersion.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenImmersionScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenImmersionScene(database);
});
afterAll(() => database.close());

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { code?: string }) => error.code,
  );

describe('signImmersion', () => {
  it('records who signed and when, each under their own name, until the agreement is signed', async () => {
    const id = await scene.newImmersion({ startsOn: '2026-03-16', endsOn: '2026-03-20' });
    const sign = (
      signatory: 'person' | 'employer' | 'tutor' | 'counselor',
      signedAt: string,
      signerName?: string,
    ) =>
      signImmersion(scene.deps)(scene.staff.counselor, { immersionId: id, signatory, signedAt, signerName });
    let view = await sign('person', '2026-03-09T10:00:00+01:00');
    expect(view.status).toBe('awaiting_signatures');
    await sign('employer', '2026-03-09T15:30:00+01:00', 'Jean Martin, gérant');
    await sign('tutor', '2026-03-09T15:31:00+01:00');
    view = await sign('counselor', '2026-03-10T09:00:00Z');
    expect(view.status).toBe('signed');
    expect(view.missingSignatures).toEqual([]);
    expect(view.signatures).toEqual([
      { signatory: 'person', signerName: 'Layla Haddad', signedAt: '2026-03-09T09:00:00.000Z' },
      { signatory: 'employer', signerName: 'Jean Martin, gérant', signedAt: '2026-03-09T14:30:00.000Z' },
      { signatory: 'tutor', signerName: 'Émilie Martin', signedAt: '2026-03-09T14:31:00.000Z' },
      { signatory: 'counselor', signerName: 'Sophie Lagarde', signedAt: '2026-03-10T09:00:00.000Z' },
    ]);
    scene.clock.set('2026-03-17T09:00:00Z');
    expect((await getImmersion(scene.deps)(scene.staff.counselor, { immersionId: id })).status).toBe(
      'in_progress',
    );
    scene.clock.set('2026-03-23T09:00:00Z');
    expect((await getImmersion(scene.deps)(scene.staff.counselor, { immersionId: id })).status).toBe(
      'to_assess',
    );
    scene.clock.set('2026-03-10T09:00:00Z');
    const audit = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('resource_id', '=', id)
      .where('action', '=', 'immersion.signed')
      .execute();
    expect(audit).toHaveLength(4);
  });

  it('signs the employer under its own name when no representative is given', async () => {
    const id = await scene.newImmersion();
    const view = await signImmersion(scene.deps)(scene.staff.counselor, {
      immersionId: id,
      signatory: 'employer',
      signedAt: '2026-03-01T09:00:00Z',
    });
    expect(view.signatures).toEqual([
      { signatory: 'employer', signerName: 'Boulangerie Martin', signedAt: '2026-03-01T09:00:00.000Z' },
    ]);
  });

  it('refuses a second signature of the same signatory, a signature in the future, and another organization (404)', async () => {
    const id = await scene.newImmersion();
    const input = { immersionId: id, signatory: 'person' as const, signedAt: '2026-03-01T09:00:00Z' };
    await signImmersion(scene.deps)(scene.staff.counselor, input);
    expect(await codeOf(signImmersion(scene.deps)(scene.staff.colleague, input))).toBe(
      'IMMERSION_ALREADY_SIGNED',
    );
    expect(
      await codeOf(
        signImmersion(scene.deps)(scene.staff.counselor, {
          ...input,
          signatory: 'tutor',
          signedAt: '2026-03-11T09:00:00Z',
        }),
      ),
    ).toBe('IMMERSION_SIGNATURE_REFUSED');
    expect(
      await codeOf(signImmersion(scene.deps)(scene.staff.outsider, { ...input, signatory: 'tutor' })),
    ).toBe('IMMERSION_NOT_FOUND');
    const rows = await sql<{
      n: string;
    }>`select count(*) as n from immersion_signatures where immersion_id = ${id}`.execute(database.db);
    expect(Number(rows.rows[0]!.n)).toBe(1);
  });
});
