import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/core/auth/actor.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { createPlan } from '../../src/modules/plans/use-cases/create-plan.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import { enrolPerson } from '../../src/modules/programs/use-cases/enrol-person.js';
import { givenStaff } from '../support/fixtures.js';
import { expectAccessible, launchBrowser, newJourney, type RunningApp, startApp } from './support/harness.js';
import { password, type SeededStaff, seedOccitanie, seedStaff } from './support/seed.js';

/**
 * Possible duplicates on the file (docs/duplicates.md): a Toulouse counselor finds that Yuriy's file has
 * a twin under another spelling, compares them side by side, merges them and undoes the merge; the
 * same file is followed in Montpellier too, which the panel says and nothing more: she links the files.
 * While merged, Yuriy's timeline and overview show Jurij's enrolment, marked as his merged file's, and
 * his plan tab Jurij's plan, read-only.
 */
let app: RunningApp;
let browser: Browser;
let counselor: SeededStaff;
const files: Record<string, string> = {};

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { toulouse, montpellier } = await seedOccitanie(app.db);
  counselor = await seedStaff(app.db, toulouse.id, 'counselor', 'camille@ml-toulouse.test', 'Camille Roux');
  const colleague = await givenStaff(app.db, toulouse.id, 'counselor');
  const elsewhere = await givenStaff(app.db, montpellier.id, 'counselor');
  const open = async (staff: typeof colleague, name: string, identity: Record<string, unknown>) => {
    files[name] = (await createPerson(app.deps)(staff, { identity: identity as never })).id;
  };
  await open(colleague, 'yuriy', { givenName: 'Yuriy', familyName: 'Ivanov', birthDate: '2004-12-01' });
  await open(colleague, 'jurij', { givenName: 'Jurij', familyName: 'Ivanov', birthDate: '2004-12-01' });
  await open(elsewhere, 'iouri', {
    givenName: 'Iouri',
    familyName: 'Ivanov',
    givenNameOriginal: 'Юрий',
    familyNameOriginal: 'Иванов',
    birthDate: '2004-12-01',
  });
  // Jurij's file, opened by a colleague, has an enrolment of its own: after the merge it shows on Yuriy's.
  const program = await createProgram(app.deps)(systemContext(), {
    ownerOrganizationId: toulouse.id,
    code: 'CEJ',
    nameFr: 'Contrat d’engagement jeune',
    nameEn: 'Youth commitment contract',
    countingUnit: 'person',
    status: 'active',
    rules: [],
  });
  await enrolPerson(app.deps)(colleague, {
    programId: program.id,
    personId: files.jurij as string,
    intake: { source: 'walk_in' },
  });
  // And a career plan: after the merge, Yuriy's plan tab shows it read-only.
  await createPlan(app.deps)(colleague, {
    personId: files.jurij as string,
    language: 'fr',
    targetField: 'Logistique',
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function logIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel(/^Mot de passe/).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('possible duplicates on the file', () => {
  it('compares, merges and undoes within Toulouse, and links the file followed in Montpellier', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl);
    await logIn(page, counselor.email);
    await page.goto(`/people/${files.yuriy}`);
    await page.getByRole('heading', { level: 2, name: 'Doublons possibles' }).waitFor();
    const table = page.getByRole('table', { name: 'Ce dossier et celui de Jurij Ivanov, côte à côte' });
    await table.waitFor();
    await page
      .getByText(/Ressemblances : .*même date de naissance/)
      .first()
      .waitFor();
    await page.getByText('Une correspondance possible est suivie par une autre structure membre.').waitFor();
    await expectAccessible(page, 'file: possible duplicates');

    // Merge Jurij's file into this one: it leaves the panel, the kept file lists it.
    await page
      .getByRole('button', { name: 'Même personne que Jurij Ivanov : fusionner les dossiers' })
      .click();
    await page.getByText(/Le dossier de Jurij Ivanov est fusionné dans celui-ci/).waitFor();
    await page.getByRole('link', { name: 'Éléments du dossier fusionné de Jurij Ivanov' }).waitFor();
    expect(await table.count()).toBe(0);

    // Yuriy's timeline shows Jurij's enrolment, marked with its file and a link to it.
    await page.goto(`/people/${files.yuriy}?tab=timeline`);
    const fromJurij = page
      .getByRole('listitem')
      .filter({ hasText: 'Inscription à Contrat d’engagement jeune' })
      .filter({ has: page.getByTestId('from-merged-file') });
    await fromJurij.waitFor();
    await fromJurij.getByText('Du dossier fusionné de Jurij Ivanov').waitFor();
    await fromJurij.getByRole('link', { name: 'Ouvrir le dossier fusionné de Jurij Ivanov' }).waitFor();
    await expectAccessible(page, 'kept file: timeline with the merged file’s events');
    // So does the overview's accompaniment card.
    await page.goto(`/people/${files.yuriy}`);
    await page
      .getByTestId('person-overview')
      .getByTestId('from-merged-file')
      .getByText('Du dossier fusionné de Jurij Ivanov')
      .waitFor();
    await page.getByRole('link', { name: 'Éléments du dossier fusionné de Jurij Ivanov' }).waitFor();
    // And the enrolments section, read-only: the enrolment is ended on Jurij's file, not here.
    await page.goto(`/people/${files.yuriy}?tab=enrolments`);
    const row = page.getByRole('row').filter({ hasText: 'Contrat d’engagement jeune' });
    await row.getByText('Du dossier fusionné de Jurij Ivanov').waitFor();
    expect(await row.getByRole('button', { name: /^Terminer/ }).count()).toBe(0);
    await expectAccessible(page, 'kept file: enrolments with the merged file’s');
    // The plan tab shows Jurij's plan, read-only: it is changed on his file.
    await page.goto(`/people/${files.yuriy}?tab=plan`);
    const jurijPlan = page.getByRole('region', { name: 'Plan de parcours — Logistique' });
    await jurijPlan.getByText('Du dossier fusionné de Jurij Ivanov').waitFor();
    expect(await jurijPlan.getByRole('button').count()).toBe(0);
    await expectAccessible(page, 'kept file: plan with the merged file’s');

    // Jurij's own page points to the kept file; the merge is undone from there.
    await page.getByRole('link', { name: 'Éléments du dossier fusionné de Jurij Ivanov' }).click();
    await page.waitForURL(new RegExp(`/people/${files.jurij}`));
    await page.getByText(/Ce dossier est fusionné dans celui de Yuriy Ivanov/).waitFor();
    await expectAccessible(page, 'file: merged into another');
    await page.getByRole('button', { name: 'Annuler la fusion' }).click();
    await page.getByText('La fusion est annulée : les deux dossiers sont comme avant.').waitFor();

    // Back on Yuriy's file: Jurij's enrolment has left its timeline; the pair is proposed again; the
    // file in Montpellier is linked.
    await page.goto(`/people/${files.yuriy}?tab=timeline`);
    await page
      .getByText(/Dossier ouvert à l'accueil/)
      .first()
      .waitFor();
    expect(await page.getByText('Inscription à Contrat d’engagement jeune').count()).toBe(0);
    await page.goto(`/people/${files.yuriy}`);
    await table.waitFor();
    await page.getByRole('button', { name: 'Même personne — lier les dossiers' }).click();
    await page.getByText(/Les dossiers sont liés/).waitFor();
    const links = await app.db
      .selectFrom('duplicate_decisions')
      .select(['person_id', 'other_person_id', 'decision'])
      .execute();
    expect(links).toEqual([{ person_id: files.yuriy, other_person_id: files.iouri, decision: 'same' }]);

    // The list to review offers the pair of Toulouse's files, to tell them apart.
    await page.goto('/duplicates');
    await page.getByRole('heading', { level: 1, name: 'Doublons possibles à examiner' }).waitFor();
    await page.getByTestId('pair-to-review').first().waitFor();
    await expectAccessible(page, 'duplicates to review');
    await page.getByRole('button', { name: /^Personnes différentes : / }).click();
    await page.getByText('Aucune paire de vos dossiers ne ressemble à une même personne.').waitFor();
    await context.close();
  });
});
