import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { type Clock, systemClock } from '../../../src/core/clock.js';
import { developmentEncryptionKeys } from '../../../src/core/config.js';
import { parseKeyRingSpec } from '../../../src/core/crypto/key-ring.js';
import type { Db } from '../../../src/core/db/types.js';
import { uuidv7 } from '../../../src/core/ids.js';
import { OutboxMailer } from '../../../src/core/mail/mailer.js';
import { OutboxSmsSender } from '../../../src/core/sms/sms-sender.js';
import type { Deps } from '../../../src/core/use-case.js';
import { buildServer } from '../../../src/server/build-server.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';

export interface RunningApp {
  baseUrl: string;
  db: Db;
  deps: Deps;
  mailer: OutboxMailer;
  sms: OutboxSmsSender;
  close(): Promise<void>;
}

/**
 * The real server, in this process, on a random port, over a private test database. A journey that
 * spans months (a loan repaid over a quarter) passes a clock it moves forward.
 */
export async function startApp(options: { clock?: Clock; demo?: boolean } = {}): Promise<RunningApp> {
  const database: TestDatabase = await createTestDatabase({ demo: options.demo ?? false });
  const mailer = new OutboxMailer();
  const sms = new OutboxSmsSender();
  const deps: Deps = {
    db: database.db,
    clock: options.clock ?? systemClock,
    newId: uuidv7,
    mailer,
    sms,
    publicUrl: 'http://127.0.0.1',
    keyRing: parseKeyRingSpec(developmentEncryptionKeys),
  };
  const app: FastifyInstance = await buildServer({
    deps,
    config: {
      LOG_LEVEL: 'warn',
      SESSION_SECRET: 'e2e-secret-0123456789abcdef0123456789abcdef',
      NODE_ENV: 'test',
    },
    // E2E_WEB_DIR lets several people build and run journeys side by side without sharing one build.
    webRoot: resolve(process.env.E2E_WEB_DIR ?? 'dist/web'),
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  deps.publicUrl = address;
  return {
    baseUrl: address,
    db: database.db,
    deps,
    mailer,
    sms,
    close: async () => {
      await app.close();
      // Observed on PostgreSQL only: a pooled connection still open when the test database is
      // dropped (WITH FORCE) reports an unhandled "terminating connection". Let sockets settle first.
      await new Promise((resolve) => setTimeout(resolve, 250));
      await database.close();
    },
  };
}

/**
 * Chromium for one journey file. A worker runs its files one after the other and keeps this module
 * between them (`isolate: false`), so it launches Chromium once and lends it to each file: launching
 * it cost every journey a second or more of a busy core. Each file still gets its own contexts (its own
 * cookies, storage and pages), and its `close()` closes those, not the browser, which ends with the
 * worker; one that disconnected (a crash) is launched again for the next file.
 */
export async function launchBrowser(): Promise<Browser> {
  const running = await sharedBrowser?.catch(() => undefined);
  if (running?.isConnected()) return lentBrowser(running);
  sharedBrowser = launchChromium();
  return lentBrowser(await sharedBrowser);
}

let sharedBrowser: Promise<Browser> | undefined;

function lentBrowser(browser: Browser): Browser {
  const contexts = new Set<BrowserContext>();
  return new Proxy(browser, {
    get(target, property) {
      if (property === 'newContext')
        return async (...args: Parameters<Browser['newContext']>) => {
          const context = await target.newContext(...args);
          contexts.add(context);
          return context;
        };
      if (property === 'newPage')
        return async (...args: Parameters<Browser['newPage']>) => {
          const page = await target.newPage(...args);
          contexts.add(page.context());
          return page;
        };
      if (property === 'close')
        return async () => {
          const closing = [...contexts];
          contexts.clear();
          // Each is closed even when one fails (a Content Security Policy violation fails the journey).
          const results = await Promise.allSettled(closing.map((context) => context.close()));
          const failed = results.find((result) => result.status === 'rejected');
          if (failed) throw failed.reason;
        };
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newJourney(
  browser: Browser,
  baseUrl: string,
  /**
   * `timezoneId`: the zone of the browser's machine (an IANA name), the machine's own when absent.
   * `motion`: journeys run as a browser that asks for reduced motion (the app then opens dialogs and
   * menus without transitions, sparing each journey the frames and the waits); `full` keeps them, for
   * the journeys that check what a moving screen shows (the phone menu sliding in, a notice fading).
   */
  options: {
    width?: number;
    height?: number;
    locale?: string;
    timezoneId?: string;
    motion?: 'reduced' | 'full';
  } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.locale ?? 'fr-FR',
    reducedMotion: options.motion === 'full' ? 'no-preference' : 'reduce',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  await failOnContentSecurityPolicyViolations(context);
  const page = await context.newPage();
  // An upper bound on waiting for a state, not a pause: a journey goes on as soon as the state is there.
  // Generous because CI's two cores may be busy with other work while a page renders.
  page.setDefaultTimeout(30_000);
  return { context, page };
}

/**
 * Every journey runs under the app's Content Security Policy: a violation (a blocked script, style or
 * request) is written to the console by Chromium and by a `securitypolicyviolation` listener, and
 * closing the context then fails the journey with what was blocked.
 */
async function failOnContentSecurityPolicyViolations(context: BrowserContext): Promise<void> {
  const violations = new Set<string>();
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      ),
    );
  });
  context.on('console', (message) => {
    if (/CSP violation|Content Security Policy/.test(message.text())) violations.add(message.text());
  });
  const close = context.close.bind(context);
  context.close = async (options) => {
    await close(options);
    if (violations.size > 0)
      throw new Error(`The journey broke the Content Security Policy:\n${[...violations].join('\n')}`);
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not as an inline script tag, which the CSP refuses; once
  // per document (half a megabyte to parse again on each check of the same page otherwise).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }
    ).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      // Every rule still runs on every element; only the violations' nodes are described (selectors,
      // HTML), which axe otherwise builds for each passing node too: a fifth of each check's time.
      resultTypes: ['violations'],
    })) as {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => JSON.stringify(node.target)),
    }));
  });
}

/**
 * Screenshots are for people looking at the screens, not for the verdict: taken only when
 * `E2E_SCREENSHOTS` names a folder (`E2E_SCREENSHOTS=dist/e2e-screenshots npm run test:e2e`), so that
 * CI does not spend a minute writing images nobody opens.
 */
export const screenshotFolder = process.env.E2E_SCREENSHOTS ? resolve(process.env.E2E_SCREENSHOTS) : null;

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!screenshotFolder) return;
  mkdirSync(screenshotFolder, { recursive: true });
  await page.screenshot({ path: join(screenshotFolder, `${name}.png`), fullPage: true });
}

/**
 * Waits until every animation that ends has ended (a notification fading in, the navigation sliding
 * away): axe reads colours as they are on screen, and a half-faded text fails contrast. Endless ones
 * (a spinner) are left to `settled`.
 */
export async function animationsEnded(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
}

/** Resizes the page and waits until what the new width set moving (the navigation sliding away) has stopped. */
export async function resizeTo(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  // The pointer stays where the last click left it, which after a resize may rest on a table row and
  // hover it: a phone has no resting pointer, so it moves to the page's corner.
  await page.mouse.move(0, 0);
  await animationsEnded(page);
}

/** The page at desktop width and at 375 px (a small phone), to look at both. */
export async function screenshotWidths(page: Page, name: string): Promise<void> {
  if (!screenshotFolder) return;
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  await resizeTo(page, { width: 1280, height: 900 });
  await screenshot(page, `${name}-1280`);
  await resizeTo(page, { width: 375, height: 800 });
  await screenshot(page, `${name}-375`);
  await resizeTo(page, viewport);
}

/** Waits until the page has settled: no spinner, the heading focused or present. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-page-title]');
  await page.waitForFunction(() => !document.querySelector('[role="status"] .mantine-Loader-root'));
  await animationsEnded(page);
}

/** Once the page has settled, axe finds nothing on it; a failure lists what it found, under `name`. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await settled(page);
  const violations = await axeViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/**
 * Brings a field that opens a list (a search picker, a select, a multi-select) to the middle of the
 * window before it opens. Opened near the window's bottom edge, the list flips above the field, and
 * moves while it is filtered or the page scrolls to the option: under load a click then lands where the
 * option was, on nothing, and the list stays open or closes without a choice. With room below, the list
 * opens under the field and its options stay where they are.
 */
export async function toMiddleOfWindow(field: Locator): Promise<void> {
  await field.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
}

/**
 * Picks a person (or any option) in a search field until the choice has taken, as the next step needs
 * it (`chosen`: e.g. the form's submit enabled). Under load a row fetched late can move the list under
 * the click, which then lands on nothing and leaves the field empty: the pick is made again, up to
 * three times, each waiting for the state, never for a time.
 */
export async function pickUntil(
  field: Locator,
  typed: string,
  option: RegExp,
  chosen: () => Promise<boolean>,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await toMiddleOfWindow(field);
    await field.fill(typed);
    await field.page().getByRole('option', { name: option }).first().click();
    try {
      await expect.poll(chosen, { timeout: 5_000 }).toBe(true);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** An entry of the app's main menu (English), not another link of the page that shares its words. */
export function menuLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name });
}

/** Logs a demo account in through the French log-in form and waits for the page it lands on to settle. */
export async function logInInFrench(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel(/^Mot de passe/).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login') && url.pathname !== '/');
  await settled(page);
}

/** The page itself never scrolls sideways (wide tables scroll in their own box). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
  );
}

/**
 * Today as the organization counts it: between midnight UTC and midnight in America, a UTC day is
 * already tomorrow there, and a stay, a payment or a consent dated "tomorrow" is refused or not due.
 */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}
