import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { systemClock } from '../../src/core/clock.js';
import { developmentEncryptionKeys } from '../../src/core/config.js';
import { parseKeyRingSpec } from '../../src/core/crypto/key-ring.js';
import { kyselyOverPglite, openPglite, pgliteOptions } from '../../src/core/db/connect.js';
import { migrateToLatest } from '../../src/core/db/migrate.js';
import type { Db } from '../../src/core/db/types.js';
import { uuidv7 } from '../../src/core/ids.js';
import { OutboxMailer } from '../../src/core/mail/mailer.js';
import { OutboxSmsSender } from '../../src/core/sms/sms-sender.js';
import { cachedMigratedDump } from './migrated-template-cache.js';
import {
  dropServerDatabase,
  dropTestDatabasesOf,
  prepareServerTemplate,
  prepareServerTemplateWithDemo,
} from './server-template.js';

/** The unit, use-case and HTTP tests: every test file starts from a copy of one migrated database. */
export default async function setup(project: TestProject) {
  return prepareTestDatabases(project, { withDemo: false });
}

/**
 * Migrates once, then every test file starts from a copy of that database: a PGlite data directory
 * loaded from a tarball, or a PostgreSQL database created from a template. `withDemo` also keeps a copy
 * with the demo loaded, for the journeys that read the five programs' data: loading it takes longer
 * than a whole journey, so it is loaded once per run rather than once per journey.
 */
export async function prepareTestDatabases(project: TestProject, options: { withDemo: boolean }) {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    const template = await prepareServerTemplate(databaseUrl);
    const demoTemplate = options.withDemo
      ? await prepareServerTemplateWithDemo(databaseUrl, template, loadDemoInto)
      : undefined;
    project.provide('testDatabase', { engine: 'postgres', databaseUrl, template, demoTemplate });
    return async () => {
      await dropTestDatabasesOf(databaseUrl, template);
      if (demoTemplate) await dropServerDatabase(databaseUrl, demoTemplate);
      await dropServerDatabase(databaseUrl, template);
    };
  }
  const folder = mkdtempSync(join(tmpdir(), 'passerelle-test-'));
  const migrated = await cachedMigratedDump(async () => {
    const client = await openPglite();
    await migrateToLatest(kyselyOverPglite(client) as never);
    const dump = await checkpointedDump(client);
    await client.close();
    return dump;
  });
  const dumpPath = join(folder, 'template.tar');
  writeFileSync(dumpPath, migrated);
  let demoDumpPath: string | undefined;
  if (options.withDemo) {
    // The demo's dates are relative to today: loaded afresh each run, never cached.
    const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(dumpPath)]), ...pgliteOptions });
    const db = kyselyOverPglite(client);
    await loadDemoInto(db);
    demoDumpPath = join(folder, 'template-with-demo.tar');
    writeFileSync(demoDumpPath, await checkpointedDump(client));
    await db.destroy();
  }
  project.provide('testDatabase', { engine: 'pglite', dumpPath, demoDumpPath });
  return () => rmSync(folder, { recursive: true, force: true });
}

/**
 * The data directory as it stands, after a checkpoint: a copy taken without one starts by replaying
 * the WAL written since the last (the whole reference data, tens of megabytes), and every test file
 * loads a copy — about a quarter of each load's time.
 */
async function checkpointedDump(client: PGlite): Promise<Buffer> {
  await client.exec('CHECKPOINT');
  return Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer());
}

/** The demo as `npm start` loads it, with the keys and the clock the test servers use. */
async function loadDemoInto(db: Db): Promise<void> {
  // Imported here: the unit tests' setup, which never loads the demo, need not import the whole product.
  const { loadDemo } = await import('../../src/demo/load-demo.js');
  await loadDemo({
    db,
    clock: systemClock,
    newId: uuidv7,
    mailer: new OutboxMailer(),
    sms: new OutboxSmsSender(),
    publicUrl: 'http://127.0.0.1',
    keyRing: parseKeyRingSpec(developmentEncryptionKeys),
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase:
      | { engine: 'postgres'; databaseUrl: string; template: string; demoTemplate: string | undefined }
      | { engine: 'pglite'; dumpPath: string; demoDumpPath: string | undefined };
  }
}
