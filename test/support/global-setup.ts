import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { kyselyOverPglite, openPglite } from '../../src/core/db/connect.js';
import { migrateToLatest } from '../../src/core/db/migrate.js';
import { prepareServerTemplate } from './server-template.js';

/**
 * Migrates once, then every test file starts from a copy of that database: a PGlite data
 * directory loaded from a tarball, or a PostgreSQL database created from a template.
 */
export default async function setup(project: TestProject) {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    const template = await prepareServerTemplate(databaseUrl);
    project.provide('testDatabase', { engine: 'postgres', databaseUrl, template });
    return;
  }
  const folder = mkdtempSync(join(tmpdir(), 'passerelle-test-'));
  const client = await openPglite();
  const db = kyselyOverPglite(client);
  await migrateToLatest(db as never);
  const dump = await client.dumpDataDir('none');
  await db.destroy();
  const dumpPath = join(folder, 'template.tar');
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  project.provide('testDatabase', { engine: 'pglite', dumpPath });
  return () => rmSync(folder, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase:
      | { engine: 'postgres'; databaseUrl: string; template: string }
      | { engine: 'pglite'; dumpPath: string };
  }
}
