import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../src/core/calendar.js';
import { fixedClock } from '../../src/core/clock.js';
import { dayInZone } from '../../src/core/time-zone.js';
import { addDays } from '../../src/modules/placements/domain/contract-rules.js';
import { givenOrganization } from '../support/fixtures.js';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  screenshot,
  startApp,
} from './support/harness.js';
import { apiAs, password, type SeededStaff, seedStaff } from './support/seed.js';

/**
 * Issue 13, in Gironde (impulseR), in French: the program's referent ends a participant's enrolment
 * with his exit — a CDI he declared — and reads "positive exit" under the program's rule with the
 * follow-ups at 3, 6, 12 and 18 months; the contract turns out to be a 5-month CDD, so she corrects the
 * exit, reads "not a positive exit", the first version kept in the history with its reason; then she
 * records his answer to the 3-month follow-up, taken by phone. Every screen passes axe, at desktop
 * width and on a 375 px phone.
 */
let app: RunningApp;
let browser: Browser;
let hugo: SeededStaff;
let personId: string;
const program = 'impulseR Gironde';
// The server's clock: 100 days ago when the exit is recorded (a rule version starts today or later),
// then moved to today, when the 3-month follow-up is due and can be answered. Days in Paris's calendar.
const clock = fixedClock(new Date(Date.now() - 100 * 86_400_000));
const exitDay = dayInZone(clock.now(), 'Europe/Paris');
const cddLastDay = addDays(addMonths(exitDay, 5), -1);

beforeAll(async () => {
  app = await startApp({ clock });
  browser = await launchBrowser();
  const bastide = await givenOrganization(app.db, {
    name: 'Chantier d’insertion Bastide Solidaire',
    kind: 'siae',
    country: 'FR',
    timeZone: 'Europe/Paris',
  });
  // The demo's Gironde accounts: Aurélie Petit coordinates, Hugo Moreau is impulseR's referent.
  const aurelie = await seedStaff(
    app.db,
    bastide.id,
    'coordinator',
    'coordinator@bastide.test',
    'Aurélie Petit',
  );
  hugo = await seedStaff(app.db, bastide.id, 'program_referent', 'referent@bastide.test', 'Hugo Moreau');
  const asCoordinator = await apiAs(app.baseUrl, aurelie.email);
  const { id: programId } = await asCoordinator<{ id: string }>('POST', '/api/programs', {
    code: 'IMPULSER',
    nameFr: program,
    nameEn: program,
    countingUnit: 'person',
    status: 'active',
    rules: [{ kind: 'allowedStatuses', statuses: ['refugee', 'subsidiary_protection'] }],
  });
  // impulseR's positive exits: lasting employment — a CDI, or a fixed-term contract of 6 months or
  // more — and qualifying training; followed up 3, 6, 12 and 18 months after the exit.
  await asCoordinator('POST', `/api/programs/${programId}/exit-rules`, {
    effectiveFrom: exitDay,
    positiveOutcomes: [
      'permanent_contract',
      'fixed_term_contract',
      'temporary_work',
      'apprenticeship',
      'public_service',
      'self_employment',
      'qualifying_training',
    ],
    fixedTermMinimumMonths: 6,
    fixedTermComparison: 'at_least',
    exclusions: ['moved_abroad', 'long_illness', 'institutionalised', 'deceased'],
    requireQualificationLevel: false,
    requireCredential: false,
    countingUnit: 'person',
    measuredMonthsAfterEntry: 18,
    followUpMonths: [3, 6, 12, 18],
    unreachableAfterAttempts: 3,
  });
  const asHugo = await apiAs(app.baseUrl, hugo.email);
  ({ id: personId } = await asHugo<{ id: string }>('POST', '/api/people', {
    identity: {
      givenName: 'Aziz',
      familyName: 'Rahimi',
      birthDate: '1994-03-02',
      sex: 'male',
      immigrationStatus: 'refugee',
      statusDate: '2023-06-01',
      email: 'aziz.rahimi@example.org',
      referentUserId: hugo.userId,
    },
    consents: [{ purpose: 'program_data_processing', givenOn: addDays(exitDay, -200) }],
  }));
  await asHugo('POST', `/api/programs/${programId}/enrolments`, { personId, intake: { source: 'walk_in' } });
});

/** Waits for the dialog, then for the end of its opening transitions (axe reads colours mid-fade). */
async function dialogOpened(dialog: Locator) {
  await dialog.waitFor();
  await dialog.page().evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

async function logIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Adresse e-mail').fill(hugo.email);
  await page.getByLabel(/^Mot de passe/).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('impulseR: an exit, its correction and a follow-up', () => {
  it('records a CDI exit, corrects it to a 5-month CDD with the history kept, and records the 3-month answer', async () => {
    const desk = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    let page = desk.page;
    await logIn(page);

    await page.goto(`/people/${personId}?tab=enrolments`);
    await page.getByRole('cell', { name: program, exact: true }).waitFor();
    const section = page.getByRole('region', { name: 'Sorties et suivi' });
    await section.getByText('Aucune sortie enregistrée.').waitFor();
    await expectAccessible(page, 'the programs tab before the exit');

    // The enrolment ends with an exit: its dialog.
    await page.getByRole('button', { name: `Terminer: ${program}` }).click();
    await expect.poll(() => page.getByLabel(/^Motif de fin/).inputValue()).toBe('exited');
    await page.getByRole('button', { name: 'Saisir la sortie…' }).click();
    const record = page.getByRole('dialog', { name: `Sortie de ${program}` });
    await record.getByLabel(/^Situation à la sortie/).selectOption({ label: 'CDI' });
    await record.getByLabel(/^Justificatif/).selectOption({ label: 'Déclaration de la personne' });
    // A CDI has no last day: no contract dates asked.
    expect(await record.getByLabel(/^Dernier jour du contrat/).count()).toBe(0);
    await record.getByLabel(/^Date de sortie/).fill(exitDay);
    await dialogOpened(record);
    await expectAccessible(page, 'recording the exit');
    await record.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await record.waitFor({ state: 'hidden' });

    const exit = section.getByRole('article', { name: program });
    await exit.getByText('CDI', { exact: true }).waitFor();
    await exit.getByText('Sortie positive', { exact: true }).waitFor();
    await exit.getByText(/^règle version \d+$/).waitFor();
    await exit.getByText(/^Justifiée par : Déclaration de la personne$/).waitFor();
    for (const months of [3, 6, 12, 18]) {
      const followUp = exit.getByRole('article', { name: `Suivi à ${months} mois` });
      await followUp.getByText('À faire', { exact: true }).waitFor();
    }
    // The enrolment reads as ended.
    await page.getByRole('cell', { name: /^Sorti·e \(/ }).waitFor();
    expect(await page.getByRole('button', { name: `Terminer: ${program}` }).count()).toBe(0);
    await expectAccessible(page, 'the positive exit and its follow-ups');
    await screenshot(page, 'outcomes-exit-positive-1280');

    // The contract was a 5-month CDD: the correction.
    await exit.getByRole('button', { name: `Corriger la sortie de ${program}` }).click();
    const correct = page.getByRole('dialog', { name: `Corriger la sortie de ${program}` });
    await correct.getByLabel(/^Situation à la sortie/).selectOption({ label: 'CDD' });
    await correct.getByLabel(/^Premier jour du contrat/).fill(exitDay);
    await correct.getByLabel(/^Durée en mois/).fill('5');
    await expect.poll(() => correct.getByLabel(/^Dernier jour du contrat/).inputValue()).toBe(cddLastDay);
    await correct
      .getByLabel(/^Motif de la correction/)
      .fill('Le contrat signé est un CDD de 5 mois, pas un CDI.');
    await dialogOpened(correct);
    await expectAccessible(page, 'correcting the exit');
    await correct.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await correct.waitFor({ state: 'hidden' });

    await exit.getByText('Sortie non positive', { exact: true }).waitFor();
    await exit.getByText(/^Contrat du .* au /).waitFor();
    // The first version stays, with the reason it was replaced.
    await exit.getByText('Version précédente (1)').click();
    const history = exit.locator('details');
    await history.getByText('CDI', { exact: true }).waitFor();
    await history.getByText('Sortie positive', { exact: true }).waitFor();
    await history.getByText('Motif : Le contrat signé est un CDD de 5 mois, pas un CDI.').waitFor();
    await expectAccessible(page, 'the corrected exit and its history');

    await desk.context.close();

    // A hundred days later, the 3-month follow-up is due: answered by phone.
    clock.advance(100 * 86_400_000);
    const later = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    page = later.page;
    await logIn(page);
    await page.goto(`/people/${personId}?tab=enrolments`);
    const answered = page
      .getByRole('region', { name: 'Sorties et suivi' })
      .getByRole('article', { name: program });
    await answered.getByText('Sortie non positive', { exact: true }).waitFor();
    const threeMonths = answered.getByRole('article', { name: 'Suivi à 3 mois' });
    await threeMonths.getByRole('button', { name: 'Saisir la réponse' }).click();
    const answer = page.getByRole('dialog', { name: 'Réponse au suivi à 3 mois' });
    await answer.getByLabel(/^Par quel moyen/).selectOption({ label: 'Par téléphone' });
    await answer.getByLabel('A un emploi').check();
    await answer.getByLabel(/^Chez le même employeur/).selectOption({ label: 'Oui' });
    await answer.getByLabel('Contrat', { exact: true }).selectOption({ label: 'CDD' });
    await answer.getByLabel(/^Heures par semaine/).fill('35');
    await answer.getByLabel(/^Salaire brut mensuel/).selectOption({ label: 'De 1 500 à 1 999 €' });
    await answer.getByLabel(/^Satisfaction/).selectOption({ label: '4 — Plutôt' });
    await dialogOpened(answer);
    await expectAccessible(page, 'recording the follow-up answer');
    await answer.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await answer.waitFor({ state: 'hidden' });
    await threeMonths.getByText('Répondu', { exact: true }).waitFor();
    await threeMonths.getByText(/^Réponse le .*En emploi — CDD/).waitFor();
    // The 6-month one is not due yet: nothing to do before two weeks ahead of it.
    const sixMonths = answered.getByRole('article', { name: 'Suivi à 6 mois' });
    await sixMonths.getByText('À faire', { exact: true }).waitFor();
    await sixMonths.getByText(/^À suivre à partir du /).waitFor();
    expect(await sixMonths.getByRole('button', { name: 'Saisir la réponse' }).count()).toBe(0);
    await expectAccessible(page, 'the answered follow-up');

    // On a phone.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('button', { name: 'Ouvrir la navigation' }).waitFor();
    await page.waitForFunction(
      () => (document.querySelector('[data-page-title]')?.getBoundingClientRect().left ?? 999) < 40,
    );
    const wider = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(wider).toBe(false);
    await expectAccessible(page, 'the exits at 375 px');
    await screenshot(page, 'outcomes-exits-375');
    await later.context.close();
  });
});
