import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenImmersionScene } from '../../../../test/support/immersion-scene.js';
import { infoEntry, pageCount, prose, textLines, usedFonts } from '../../../../test/support/pdf-text.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { assessImmersion } from './assess-immersion.js';
import { immersionAgreement } from './immersion-agreement.js';
import { recordMissedHours } from './record-missed-hours.js';
import { signImmersion } from './sign-immersion.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenImmersionScene>>;
let immersionId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenImmersionScene(database);
  immersionId = await scene.newImmersion();
  await signImmersion(scene.deps)(scene.staff.counselor, {
    immersionId,
    signatory: 'person',
    signedAt: '2026-02-26T10:00:00Z',
  });
  await signImmersion(scene.deps)(scene.staff.counselor, {
    immersionId,
    signatory: 'employer',
    signedAt: '2026-02-27T14:15:00Z',
    signerName: 'Jean Martin',
  });
});
afterAll(() => database.close());

describe('immersionAgreement', () => {
  it('prints the French agreement with the names in both scripts, the host, the tutor, the dates and who signed when', async () => {
    const { pdf, filename } = await immersionAgreement(scene.deps)(scene.staff.counselor, { immersionId });
    expect(filename).toBe('immersion-Haddad-Layla-fr.pdf');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
    const text = prose(textLines(pdf));
    expect(text).toContain('Convention de période de mise en situation en milieu professionnel (PMSMP)');
    expect(text).toContain('Bénéficiaire : Layla Haddad (ليلى حداد), né·e le 2 avril 1991');
    expect(text).toContain("Structure d'accueil : Boulangerie Martin");
    expect(text).toContain('Lieu : Atelier de Pessac, Pessac');
    expect(text).toContain('Tuteur ou tutrice : Émilie Martin — Cheffe boulangère');
    expect(text).toContain('Conseiller ou conseillère : Sophie Lagarde');
    expect(text).toContain('PMSMP — Du 2 mars 2026 au 6 mars 2026');
    expect(text).toContain('Durée prévue : 35 heures');
    expect(text).toContain('Découvrir le métier de boulanger');
    expect(text).toContain('Le ou la bénéficiaire Layla Haddad, signé le 26 février 2026');
    expect(text).toContain("L'employeur d'accueil Jean Martin, signé le 27 février 2026");
    // The tutor and the counselor have not signed: a line to sign on.
    expect(text.match(/Signature : _+/g)).toHaveLength(2);
    expect(infoEntry(pdf, 'Title')).toContain('Layla Haddad');
    for (const font of usedFonts(pdf)) expect(font.embedded, font.baseFont).toBe(true);
  });

  it('prints in English on request, with the missed hours and the assessment once recorded; another organization finds nothing', async () => {
    for (const signatory of ['tutor', 'counselor'] as const)
      await signImmersion(scene.deps)(scene.staff.counselor, {
        immersionId,
        signatory,
        signedAt: '2026-02-28T10:00:00Z',
      });
    await recordMissedHours(scene.deps)(scene.staff.counselor, {
      immersionId,
      onDay: '2026-03-03',
      hours: 3.5,
    });
    await assessImmersion(scene.deps)(scene.staff.counselor, {
      immersionId,
      outcome: 'partially_completed',
      assessedOn: '2026-03-09',
      endedWithJobOffer: true,
      jobContractType: 'cdd',
    });
    const { pdf } = await immersionAgreement(scene.deps)(scene.staff.counselor, {
      immersionId,
      locale: 'en',
    });
    const text = prose(textLines(pdf));
    expect(text).toContain('Work-experience placement agreement (PMSMP)');
    expect(text).toContain('Participant: Layla Haddad (ليلى حداد)');
    expect(text).toContain('March 3, 2026: 3.5 h missed');
    expect(text).toContain('Total: 3.5 h missed of 35 h planned');
    expect(text).toContain('Immersion partially completed (missed hours) — Assessed on March 9, 2026');
    expect(text).toContain('The immersion ended with a job offer: fixed-term contract (CDD)');
    expect(text).not.toContain('Signature: ___');
    await expect(immersionAgreement(scene.deps)(scene.staff.outsider, { immersionId })).rejects.toMatchObject(
      {
        code: 'IMMERSION_NOT_FOUND',
      },
    );
  });
});
