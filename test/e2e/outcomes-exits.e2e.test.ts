import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../src/core/calendar.js';
import { fixedClock } from '../../src/core/clock.js';
import { dayInZone } from '../../src/core/time-zone.js';
import { demoPassword } from '../../src/demo/staff.js';
import { addDays } from '../../src/modules/placements/domain/contract-rules.js';
import { givenOrganization } from '../support/fixtures.js';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  resizeTo,
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
/** An amount as the French interface writes euros (narrow spaces included). */
const euros = (value: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
    value,
  );

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
    await answer
      .getByLabel(/^Salaire brut mensuel/)
      .selectOption({ label: `De ${euros(1500)} à ${euros(1999)}` });
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
    await resizeTo(page, { width: 375, height: 800 });
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

/**
 * Issue 13, the program's figures follow the exits: over the demo's Gironde, impulseR's referent
 * (Hugo Moreau, at Bastide Solidaire, who both records exits and reads the program's figures) reads the
 * positive-exit rate's numerator and denominator for the last 12 months, records a participant's
 * exit today to a CDI — positive under the program's rule — and reads both counts one higher.
 */
describe('impulseR: the program’s positive-exit rate moves with an exit', () => {
  let demo: RunningApp;
  let programId: string;
  let participantId: string;
  const referent = 'referent@gironde.demo';
  const today = dayInZone(new Date(), 'Europe/Paris');

  /** A logged-in API client of a demo account, to set the scene through the real routes. */
  const demoApi = (email: string) => apiAs(demo.baseUrl, email, demoPassword);

  beforeAll(async () => {
    demo = await startApp({ demo: true });
    ({ id: programId } = await demo.db
      .selectFrom('programs')
      .select('id')
      .where('code', '=', 'IMPULSER')
      .executeTakeFirstOrThrow());
    // The demo's own rule versions, when it has them; otherwise one in force from today (a version
    // starts today or later), under which a CDI is a positive exit.
    const coordinatorApi = await demoApi('coordinator@gironde.demo');
    const rules = await coordinatorApi<{ items: unknown[] }>('GET', `/api/programs/${programId}/exit-rules`);
    if (rules.items.length === 0)
      await coordinatorApi('POST', `/api/programs/${programId}/exit-rules`, {
        effectiveFrom: today,
        positiveOutcomes: ['permanent_contract', 'fixed_term_contract', 'qualifying_training'],
        fixedTermMinimumMonths: 6,
        fixedTermComparison: 'more_than',
        exclusions: ['deceased', 'moved_abroad', 'long_illness'],
        requireQualificationLevel: false,
        requireCredential: false,
        countingUnit: 'person',
        measuredMonthsAfterEntry: 18,
        followUpMonths: [3, 6, 12, 18],
        unreachableAfterAttempts: 3,
      });
    // A participant Bastide Solidaire follows, still enrolled, who has never left the program: one
    // more person in the denominator, and in the numerator once the exit is positive.
    const { id: bastide } = await demo.db
      .selectFrom('organizations')
      .select('id')
      .where('name', '=', 'Chantier d’insertion Bastide Solidaire')
      .executeTakeFirstOrThrow();
    ({ person_id: participantId } = await demo.db
      .selectFrom('enrolments')
      .select('person_id')
      .where('program_id', '=', programId)
      .where('organization_id', '=', bastide)
      .where('status', '=', 'enrolled')
      .where('enrolled_on', '<=', today)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('enrolment_exits')
              .select('enrolment_exits.id')
              .whereRef('enrolment_exits.person_id', '=', 'enrolments.person_id')
              .where('enrolment_exits.program_id', '=', programId),
          ),
        ),
      )
      .orderBy('enrolled_on')
      .limit(1)
      .executeTakeFirstOrThrow());
  });

  afterAll(async () => {
    await demo?.close();
  });

  /** The positive-exit rate's card on the program page, over the last 12 months (today included). */
  async function readRate(page: Page): Promise<{ numerator: number; denominator: number }> {
    await page.goto(`/programs/${programId}`);
    await page.getByRole('heading', { level: 1, name: program }).waitFor();
    const outcomes = page.getByRole('region', { name: 'Résultats', exact: true });
    const preset = outcomes.getByRole('button', { name: '12 derniers mois' });
    expect(await preset.getAttribute('aria-pressed')).toBe('true');
    expect(await outcomes.getByLabel('Au', { exact: true }).inputValue()).toBe(today);
    const card = outcomes.getByRole('article', { name: 'Taux de sortie positive', exact: true });
    const counts = card.getByText(/^[\d\s\u202f\u00a0]+ sur [\d\s\u202f\u00a0]+ personnes$/);
    await counts.waitFor();
    const [numerator, denominator] = ((await counts.textContent()) ?? '')
      .split(' sur ')
      .map((part) => Number(part.replace(/\D/g, '')));
    return { numerator: numerator!, denominator: denominator! };
  }

  it('counts a positive exit recorded by the referent in the numerator and the denominator', async () => {
    const { context, page } = await newJourney(browser, demo.baseUrl, {
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    });
    await page.goto('/login');
    await page.getByLabel('Adresse e-mail').fill(referent);
    await page.getByLabel(/^Mot de passe/).fill(demoPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    const before = await readRate(page);
    await expectAccessible(page, 'the program’s outcomes before the exit');

    // The participant's exit today: a CDI, positive under the program's rule.
    await page.goto(`/people/${participantId}?tab=enrolments`);
    await page.getByRole('cell', { name: program, exact: true }).waitFor();
    const section = page.getByRole('region', { name: 'Sorties et suivi' });
    await page.getByRole('button', { name: `Terminer: ${program}` }).click();
    await expect.poll(() => page.getByLabel(/^Motif de fin/).inputValue()).toBe('exited');
    await page.getByRole('button', { name: 'Saisir la sortie…' }).click();
    const record = page.getByRole('dialog', { name: `Sortie de ${program}` });
    await record.getByLabel(/^Situation à la sortie/).selectOption({ label: 'CDI' });
    await record.getByLabel(/^Justificatif/).selectOption({ label: 'Déclaration de la personne' });
    await record.getByLabel(/^Date de sortie/).fill(today);
    await record.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await record.waitFor({ state: 'hidden' });
    const exit = section.getByRole('article', { name: program });
    await exit.getByText('Sortie positive', { exact: true }).waitFor();

    // Back on the program: one more person over the period, and one more positive exit.
    const after = await readRate(page);
    expect(after).toEqual({ numerator: before.numerator + 1, denominator: before.denominator + 1 });
    await expectAccessible(page, 'the program’s outcomes after the exit');
    await context.close();
  });
});
