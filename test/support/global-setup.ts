import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { systemClock } from '../../src/core/clock.js';
import { developmentEncryptionKeys } from '../../src/core/config.js';
import { parseKeyRingSpec } from '../../src/core/crypto/key-ring.js';
import { kyselyOverPglite, openPglite, pgliteOptions } from '../../src/core/db/connect.js';
import { migrateToLatest, migratorOf } from '../../src/core/db/migrate.js';
import type { Db } from '../../src/core/db/types.js';
import { uuidv7 } from '../../src/core/ids.js';
import { OutboxMailer } from '../../src/core/mail/mailer.js';
import { OutboxSmsSender } from '../../src/core/sms/sms-sender.js';
import { cachedMigratedDumps, newRunFolder, schemaFingerprint } from './migrated-template-cache.js';
import { migrationJustBefore, migrationsTestedOnOlderData } from './migration-steps.js';
import {
  dropRunDatabases,
  prepareServerTemplate,
  prepareServerTemplateWithDemo,
  runPrefix,
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
 * Either way the versions the migration tests start from are kept too (see `migration-steps.ts`).
 */
export async function prepareTestDatabases(project: TestProject, options: { withDemo: boolean }) {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    const { template, justBefore } = await prepareServerTemplate(
      databaseUrl,
      schemaFingerprint(),
      migrationsTestedOnOlderData,
    );
    await dropRunDatabases(databaseUrl, runPrefix);
    const demoTemplate = options.withDemo
      ? await prepareServerTemplateWithDemo(databaseUrl, template, `${runPrefix}_demo`, loadDemoInto)
      : undefined;
    project.provide('testDatabase', {
      engine: 'postgres',
      databaseUrl,
      template,
      demoTemplate,
      runPrefix,
      justBeforeTemplates: justBefore,
    });
    return () => dropRunDatabases(databaseUrl, runPrefix);
  }
  const folder = newRunFolder();
  const dumps = await cachedMigratedDumps(pgliteDumpKeys, folder, async (keep) => {
    const client = await openPglite();
    const db = kyselyOverPglite(client) as never;
    const migrator = migratorOf(db);
    for (const migrationName of migrationsTestedOnOlderData) {
      const result = await migrator.migrateTo(migrationJustBefore(migrationName));
      if (result.error) throw result.error;
      keep(`before-${migrationName}`, await checkpointedDump(client));
    }
    await migrateToLatest(db);
    keep('latest', await checkpointedDump(client));
    await client.close();
  });
  const dumpPath = dumps.latest;
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
  const justBeforeDumpPaths: Record<string, string> = {};
  for (const name of migrationsTestedOnOlderData) {
    const path = dumps[`before-${name}`];
    if (path) justBeforeDumpPaths[name] = path;
  }
  project.provide('testDatabase', { engine: 'pglite', dumpPath, demoDumpPath, justBeforeDumpPaths });
  return () => rmSync(folder, { recursive: true, force: true });
}

/** The PGlite data directories kept between runs: the latest version, and one per migration test. */
const pgliteDumpKeys = [
  'latest',
  ...migrationsTestedOnOlderData.map((name) => `before-${name}` as const),
] as const;

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
      | {
          engine: 'postgres';
          databaseUrl: string;
          template: string;
          demoTemplate: string | undefined;
          /** What the run's own databases are named after (`server-template.ts`). */
          runPrefix: string;
          /** Templates migrated to just before a migration, by that migration's name. */
          justBeforeTemplates: Record<string, string>;
        }
      | {
          engine: 'pglite';
          dumpPath: string;
          demoDumpPath: string | undefined;
          /** Data directories migrated to just before a migration, by that migration's name. */
          justBeforeDumpPaths: Record<string, string>;
        };
  }
}
