/**
 * `npm run bench:web`: what the browser downloads and how soon the caseload shows. Builds the web app
 * (or takes WEB_DIR already built), serves it from the real server over an in-memory database with
 * one organization and a counselor following 150 people, then loads the pages in Debian's Chromium:
 * the JavaScript (gzip bytes, and what Chromium really received) loaded by the log-in page and by the caseload
 * of a logged-in counselor, each with an empty cache, and the caseload's Largest Contentful Paint.
 * Budgets (issue 11, problem 13): ≤ 250 kB of JavaScript before login and on the caseload, LCP ≤ 1 s.
 * Over budget, it says which measure is over on a line of its own and exits with status 1. (LCP is
 * noisy on a busy machine: read the load average printed beside it.)
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { systemContext } from '../src/core/auth/actor.js';
import { systemClock } from '../src/core/clock.js';
import { developmentEncryptionKeys } from '../src/core/config.js';
import { parseKeyRingSpec } from '../src/core/crypto/key-ring.js';
import { kyselyOverPglite, pgliteOptions } from '../src/core/db/connect.js';
import { migrateToLatest } from '../src/core/db/migrate.js';
import { uuidv7 } from '../src/core/ids.js';
import { OutboxMailer } from '../src/core/mail/mailer.js';
import { OutboxSmsSender } from '../src/core/sms/sms-sender.js';
import type { Deps } from '../src/core/use-case.js';
import { createStaffAccount } from '../src/modules/accounts/use-cases/create-staff-account.js';
import { createOrganization } from '../src/modules/organizations/use-cases/create-organization.js';
import { createProgram } from '../src/modules/programs/use-cases/create-program.js';
import { buildServer } from '../src/server/build-server.js';
import { generatePeople } from './generate.js';
import { generateCaseload } from './generate-caseload.js';

const budget = { scriptKilobytes: 250, lcpMilliseconds: 1000 };
const lcpRuns = Number(process.env.WEB_BENCH_RUNS ?? 5);
const password = 'bench-password-0123';

async function buildWeb(): Promise<{ webDir: string; buildSeconds: number | null; cleanup: () => void }> {
  if (process.env.WEB_DIR) return { webDir: process.env.WEB_DIR, buildSeconds: null, cleanup: () => {} };
  const webDir = mkdtempSync(join(tmpdir(), 'passerelle-web-'));
  const started = performance.now();
  const { build } = await import('vite');
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir: webDir, emptyOutDir: true },
  });
  const buildSeconds = (performance.now() - started) / 1000;
  return { webDir, buildSeconds, cleanup: () => rmSync(webDir, { recursive: true, force: true }) };
}

async function startServer(webRoot: string) {
  const client = await PGlite.create({ ...pgliteOptions });
  const db = kyselyOverPglite(client);
  await migrateToLatest(db as never);
  const deps: Deps = {
    db,
    clock: systemClock,
    newId: uuidv7,
    mailer: new OutboxMailer(),
    sms: new OutboxSmsSender(),
    publicUrl: 'http://127.0.0.1',
    keyRing: parseKeyRingSpec(developmentEncryptionKeys),
  };
  const system = systemContext('bench');
  const { id: organizationId } = await createOrganization(deps)(system, {
    name: 'Mission Locale de Toulouse',
    kind: 'mission_locale',
    country: 'FR',
    // As in the demo: the counselor logs in with the password alone.
    secondFactorRequiredFor: 'administrators',
  });
  const program = await createProgram(deps)(system, {
    ownerOrganizationId: organizationId,
    code: 'BENCH',
    nameFr: 'Programme',
    nameEn: 'Program',
    countingUnit: 'person',
    status: 'active',
    rules: [],
  });
  // Another counselor's people fill the organization; the bench counselor then follows 150 of them.
  const { userId: referentUserId } = await createStaffAccount(deps)(system, {
    email: 'referent@bench.test',
    displayName: 'Referent',
    role: 'counselor',
    organizationId,
    password,
  });
  await generatePeople(db, {
    count: 1000,
    organizations: [{ id: organizationId, referentUserId, programId: program.id }],
    seed: 42,
    keyRing: deps.keyRing!,
  });
  const caseload = await generateCaseload(deps, {
    organizationId,
    programId: program.id,
    password,
    size: 150,
    seed: 17,
  });
  const app = await buildServer({
    deps,
    config: {
      LOG_LEVEL: 'silent',
      SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
      NODE_ENV: 'test',
    },
    webRoot,
  });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    baseUrl,
    email: caseload.counselorEmail,
    close: async () => {
      await app.close();
      await client.close();
    },
  };
}

interface Transfer {
  scripts: number;
  /** The same scripts as the server sends them gzipped (the budget's measure, as in issue 11). */
  gzipBytes: number;
  /** Bytes on the wire (headers and compressed bodies) of every script the page fetched. */
  transferredBytes: number;
  /** The same scripts once decompressed. */
  decodedBytes: number;
}

/** Counts the scripts of one page load through the DevTools protocol (what Chromium really received). */
async function countScripts(
  context: BrowserContext,
  page: Page,
  load: () => Promise<void>,
): Promise<Transfer> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const scripts = new Map<string, { url: string; encoded: number; decoded: number }>();
  const isScript = new Set<string>();
  cdp.on('Network.responseReceived', (event) => {
    if (event.type !== 'Script') return;
    isScript.add(event.requestId);
    scripts.set(event.requestId, { url: event.response.url, encoded: 0, decoded: 0 });
  });
  cdp.on('Network.dataReceived', (event) => {
    if (!isScript.has(event.requestId)) return;
    const entry = scripts.get(event.requestId);
    if (entry) entry.decoded += event.dataLength;
  });
  cdp.on('Network.loadingFinished', (event) => {
    if (!isScript.has(event.requestId)) return;
    const entry = scripts.get(event.requestId);
    if (entry) entry.encoded = event.encodedDataLength;
  });
  await load();
  await page.waitForLoadState('networkidle');
  await cdp.detach();
  const all = [...scripts.values()];
  const gzipSizes = await Promise.all(all.map((entry) => gzipSizeOf(entry.url)));
  if (process.env.WEB_BENCH_VERBOSE)
    for (const entry of all.sort((a, b) => b.encoded - a.encoded))
      console.log(`  ${String(entry.encoded).padStart(8)} ${String(entry.decoded).padStart(8)} ${entry.url}`);
  return {
    scripts: all.length,
    gzipBytes: gzipSizes.reduce((sum, size) => sum + size, 0),
    transferredBytes: all.reduce((sum, entry) => sum + entry.encoded, 0),
    decodedBytes: all.reduce((sum, entry) => sum + entry.decoded, 0),
  };
}

/** The body's size as the server sends it to a client that accepts gzip only. */
function gzipSizeOf(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
      });
      response.on('end', () => resolve(size));
    }).on('error', reject);
  });
}

/** The last largest-contentful-paint entry before the caseload's rows were shown. */
async function largestContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]?.startTime ?? Number.NaN);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
}

/**
 * The load's requests in the order they started (ms since navigation: start → end), the document's own
 * and the LCP beside them: where the time before the rows goes (WEB_BENCH_VERBOSE).
 */
async function waterfall(page: Page, lcp: number): Promise<string> {
  const entries = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return [
      { name: 'document', start: 0, end: navigation.responseEnd },
      ...resources.map((entry) => ({
        name: new URL(entry.name).pathname + new URL(entry.name).search,
        start: entry.startTime,
        end: entry.responseEnd,
      })),
      { name: 'DOMContentLoaded', start: navigation.domContentLoadedEventEnd, end: Number.NaN },
    ];
  });
  const lines = entries
    .sort((a, b) => a.start - b.start)
    .map(
      (entry) =>
        `  ${String(Math.round(entry.start)).padStart(5)} → ${Number.isNaN(entry.end) ? '     ' : String(Math.round(entry.end)).padStart(5)}  ${entry.name}`,
    );
  return [`waterfall (LCP ${lcp} ms):`, ...lines].join('\n');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kilobytes = (bytes: number) => Math.round(bytes / 100) / 10;

/** What is over budget, one phrase each (empty when every measure is within). */
function overBudget(measures: { login: number; caseload: number; lcp: number }): string[] {
  const limit = budget.scriptKilobytes * 1000;
  return [
    ...(measures.login > limit
      ? [`JavaScript of the log-in page ${kilobytes(measures.login)} kB > ${budget.scriptKilobytes} kB`]
      : []),
    ...(measures.caseload > limit
      ? [`JavaScript of the caseload ${kilobytes(measures.caseload)} kB > ${budget.scriptKilobytes} kB`]
      : []),
    ...(measures.lcp > budget.lcpMilliseconds
      ? [`caseload LCP ${measures.lcp} ms > ${budget.lcpMilliseconds} ms (median)`]
      : []),
  ];
}

/** Measures, prints and saves; answers whether every measure is within budget. */
async function main(): Promise<boolean> {
  const web = await buildWeb();
  if (!existsSync(join(web.webDir, 'index.html'))) throw new Error(`No built web app in ${web.webDir}`);
  const server = await startServer(web.webDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const fresh = async () => {
      const context = await browser.newContext({
        baseURL: server.baseUrl,
        viewport: { width: 1280, height: 900 },
        locale: 'fr-FR',
      });
      return { context, page: await context.newPage() };
    };
    const caseloadShown = async (page: Page) => {
      try {
        await page.locator('table tbody tr').first().waitFor();
      } catch (error) {
        mkdirSync('bench/results', { recursive: true });
        await page.screenshot({ path: 'bench/results/web-weight-failure.png' });
        throw error;
      }
    };

    /** Logs in through the form, then hands over a new page of that context (its cache is disabled). */
    const loggedIn = async () => {
      const { context, page } = await fresh();
      if (process.env.WEB_BENCH_VERBOSE) page.on('request', (request) => console.log('→', request.url()));
      await page.goto('/login');
      await page.locator('input[type="email"], input[autocomplete="username"]').first().fill(server.email);
      await page.locator('input[type="password"]').fill(password);
      await page.locator('button[type="submit"]').first().click();
      await caseloadShown(page);
      await page.close();
      const next = await context.newPage();
      const cdp = await context.newCDPSession(next);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      return { context, page: next };
    };
    const loginJourney = await fresh();
    const login = await countScripts(loginJourney.context, loginJourney.page, async () => {
      await loginJourney.page.goto('/login');
      await loginJourney.page.locator('input[type="password"]').waitFor();
    });
    await loginJourney.context.close();

    const caseloadJourney = await loggedIn();
    const caseload = await countScripts(caseloadJourney.context, caseloadJourney.page, async () => {
      await caseloadJourney.page.goto('/caseload');
      await caseloadShown(caseloadJourney.page);
    });
    await caseloadJourney.context.close();

    const lcps: number[] = [];
    for (let run = 0; run < lcpRuns; run++) {
      const { context, page } = await loggedIn();
      await page.goto('/caseload');
      await caseloadShown(page);
      lcps.push(Math.round(await largestContentfulPaint(page)));
      if (process.env.WEB_BENCH_VERBOSE) console.log(await waterfall(page, lcps[lcps.length - 1]!));
      await context.close();
    }

    const over = overBudget({ login: login.gzipBytes, caseload: caseload.gzipBytes, lcp: median(lcps) });
    const result = {
      measuredAt: new Date().toISOString(),
      loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
      buildSeconds: web.buildSeconds === null ? null : Math.round(web.buildSeconds * 10) / 10,
      loginPage: { ...login, gzipKilobytes: kilobytes(login.gzipBytes) },
      caseload: { ...caseload, gzipKilobytes: kilobytes(caseload.gzipBytes) },
      caseloadLcpMilliseconds: { median: median(lcps), runs: lcps },
      budget,
      withinBudget: over.length === 0,
      overBudget: over,
    };
    console.log(
      [
        `JavaScript, log-in page: ${result.loginPage.gzipKilobytes} kB gzip in ${login.scripts} files; ${kilobytes(login.transferredBytes)} kB on the wire with Chromium (Brotli, headers included); ${kilobytes(login.decodedBytes)} kB uncompressed`,
        `JavaScript, caseload:    ${result.caseload.gzipKilobytes} kB gzip in ${caseload.scripts} files; ${kilobytes(caseload.transferredBytes)} kB on the wire with Chromium (Brotli, headers included); ${kilobytes(caseload.decodedBytes)} kB uncompressed`,
        `Caseload LCP: median ${result.caseloadLcpMilliseconds.median} ms over ${lcps.length} cold loads (${lcps.join(', ')} ms); load average ${result.loadAverage.join(', ')}`,
        `Budget (≤ ${budget.scriptKilobytes} kB, LCP ≤ ${budget.lcpMilliseconds} ms): ${result.withinBudget ? 'met' : 'NOT met'}`,
        ...over.map((phrase) => `OVER BUDGET: ${phrase}`),
      ].join('\n'),
    );
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/web-weight.json', `${JSON.stringify(result, null, 2)}\n`);
    return result.withinBudget;
  } finally {
    await browser.close();
    await server.close();
    web.cleanup();
  }
}

// The exit status is set here, after the cleanup: closing PGlite resets process.exitCode to 0.
main().then(
  (withinBudget) => process.exit(withinBudget ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
