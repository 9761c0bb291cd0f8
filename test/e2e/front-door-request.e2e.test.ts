import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/core/auth/actor.js';
import { fixedClock } from '../../src/core/clock.js';
import { runDueJobs } from '../../src/core/jobs/job-queue.js';
import { frontDoorJobHandlers } from '../../src/modules/front-door/jobs.js';
import { setFrontDoorSettings } from '../../src/modules/front-door/use-cases/front-door-settings.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import { occupationTitles } from '../../src/modules/reference/api.js';
import { givenConsortium, givenOrganization } from '../support/fixtures.js';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  resizeTo,
  screenshot,
  startApp,
} from './support/harness.js';
import { logInInEnglish, type SeededStaff, seedStaff } from './support/seed.js';

/**
 * The consortium's single front door: a family asks for accompaniment in Arabic on a 375 px phone
 * (right to left, no sideways scrolling, axe on every screen), the rules propose CFIQ and say why,
 * the PROMIS coordinator confirms from the queue, and the family is told in Arabic who will call.
 * The mother types her occupation in Arabic and picks it among the suggestions: the queue and the
 * request name it in English for the coordinator, and both pages hold at 375 px too.
 */
let app: RunningApp;
let browser: Browser;
let coordinator: SeededStaff;
const clock = fixedClock(new Date());
const slug = 'emplois-en-regions';

beforeAll(async () => {
  app = await startApp({ clock });
  browser = await launchBrowser();
  const promis = await givenOrganization(app.db, {
    name: 'PROMIS',
    country: 'CA',
    timeZone: 'America/Toronto',
  });
  const cfiq = await givenOrganization(app.db, { name: 'CFIQ', country: 'CA', timeZone: 'America/Toronto' });
  const consortium = await givenConsortium(app.db, promis.id, [promis.id, cfiq.id]);
  const program = await createProgram(app.deps)(systemContext(), {
    ownerOrganizationId: promis.id,
    consortiumId: consortium.id,
    code: 'EER',
    nameFr: 'Emplois en régions',
    nameEn: 'Jobs in the regions',
    countingUnit: 'household',
    status: 'active',
    rules: [],
  });
  await setFrontDoorSettings(app.deps)(systemContext(), {
    programId: program.id,
    body: {
      slug,
      open: true,
      receivingOrganizationIds: [promis.id, cfiq.id],
      rules: [
        {
          label: 'Arabophones → CFIQ',
          conditions: { languagesAmong: ['ar'] },
          targetOrganizationId: cfiq.id,
        },
      ],
    },
  });
  coordinator = await seedStaff(
    app.db,
    promis.id,
    'coordinator',
    'coordinator@promis.test',
    'Isabelle Roy',
    'en',
  );
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the front door', () => {
  it('a family asks in Arabic on a phone, is proposed to CFIQ, the coordinator confirms, the family is told', async () => {
    const visitor = await newJourney(browser, app.baseUrl, { width: 375, height: 800, locale: 'ar' });
    const phone = visitor.page;
    await phone.goto(`/demande/${slug}`);
    await phone
      .getByRole('heading', { level: 1, name: 'اطلب المرافقة للاستقرار في إحدى مناطق كيبيك' })
      .waitFor();
    expect(await phone.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAccessible(phone, 'front door, Arabic, phone');

    await phone.getByRole('textbox', { name: 'الاسم الأول' }).fill('Layla');
    await phone.getByRole('textbox', { name: 'اسم العائلة' }).fill('Haddad');
    await phone.getByRole('textbox', { name: 'البريد الإلكتروني' }).fill('layla.haddad@example.org');
    await phone.getByRole('combobox', { name: 'البلدية في كيبيك' }).fill('Montr');
    await phone.getByRole('option', { name: 'Montréal (Montréal)', exact: true }).click();
    const occupation = phone.getByRole('combobox', { name: 'مهنتك أو حرفتك' });
    await occupation.fill('ممرضة');
    // The suggestions' list (the language choice's own options are a native select's, hidden).
    const suggestion = phone.getByRole('listbox').getByRole('option').first();
    await suggestion.waitFor();
    await suggestion.dispatchEvent('click');
    await phone.getByText('تم اختيارها من القائمة. غيّر النص لكتابتها بطريقة أخرى.').waitFor();
    await phone.getByRole('checkbox', { name: 'Abitibi-Témiscamingue' }).check();
    await phone.getByRole('button', { name: 'أضف شخصًا' }).click();
    await phone.getByRole('textbox', { name: /سنة الميلاد 1/ }).fill('2016');
    await phone.getByRole('checkbox', { name: 'أوافق' }).check();
    const widths = await phone.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page, 'no horizontal scrolling at 375 px').toBeLessThanOrEqual(widths.viewport);
    await expectAccessible(phone, 'front door form filled, Arabic');
    await phone.getByRole('button', { name: 'أرسل طلبي' }).click();
    await phone.getByRole('heading', { name: 'شكرًا، لقد استلمنا طلبك' }).waitFor();
    await expectAccessible(phone, 'request received, Arabic');
    await screenshot(phone, 'front-door-request-ar-375');
    await visitor.context.close();

    const stored = await app.db
      .selectFrom('front_door_requests')
      .select(['occupation', 'occupation_code'])
      .executeTakeFirstOrThrow();
    expect(stored.occupation_code, 'the ESCO occupation picked is kept with the text').not.toBeNull();
    const [named] = await occupationTitles(app.db, [{ scheme: 'esco', code: stored.occupation_code! }], 'en');

    const office = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    const page = office.page;
    await logInInEnglish(page, coordinator.email, 'Front door');
    await page.getByRole('link', { name: 'Front door' }).click();
    await page.getByRole('heading', { level: 1, name: 'Front door requests' }).waitFor();
    await page.getByRole('rowheader', { name: /Layla Haddad/ }).waitFor();
    await page.getByText('Rule 1: Arabophones → CFIQ').waitFor();
    await page.getByRole('cell', { name: named!.title! }).waitFor();
    await page.getByText(`as written: “${stored.occupation}”`).waitFor();
    await expectAccessible(page, 'front door queue');
    await page.getByRole('link', { name: 'Layla Haddad' }).click();
    await page.getByRole('heading', { level: 1, name: 'Request from Layla Haddad' }).waitFor();
    // No status given: the coordinator reads that, and nothing more.
    await page.getByText('Not given', { exact: true }).waitFor();
    await expectAccessible(page, 'front door request');
    await page.getByRole('button', { name: 'Confirm CFIQ' }).click();
    await page.getByText('Assigned to CFIQ', { exact: true }).waitFor();
    await page.getByText(named!.title!).first().waitFor();

    // The staff pages on a phone: no sideways scrolling, axe clean.
    await resizeTo(page, { width: 375, height: 800 });
    // With the elements wider than the screen, so that a failure says what pushes the page sideways.
    const pageWidths = () =>
      page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        wide: [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(0, 5)
          .map((element) => `${element.tagName}.${element.className}`.slice(0, 80)),
      }));
    let staffWidths = await pageWidths();
    expect(staffWidths.page, `request at 375 px: ${staffWidths.wide.join(' | ')}`).toBeLessThanOrEqual(
      staffWidths.viewport,
    );
    await expectAccessible(page, 'front door request, 375 px');
    await page.goto('/front-door');
    await page.getByRole('heading', { level: 1, name: 'Front door requests' }).waitFor();
    await page.getByRole('rowheader', { name: /Layla Haddad/ }).waitFor();
    staffWidths = await pageWidths();
    expect(staffWidths.page, `queue at 375 px: ${staffWidths.wide.join(' | ')}`).toBeLessThanOrEqual(
      staffWidths.viewport,
    );
    await expectAccessible(page, 'front door queue, 375 px');
    await screenshot(page, 'front-door-queue-375');
    await office.context.close();

    await runDueJobs(app.deps, frontDoorJobHandlers, { limit: 10 });
    const [mail] = app.mailer.to('layla.haddad@example.org');
    expect(mail?.subject).toContain('CFIQ');
    expect(mail?.text).toContain('مرحبًا Layla');
  });
});
