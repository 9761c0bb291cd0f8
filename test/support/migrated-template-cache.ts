import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

/** What the migrated database is made of: the migrations and the product code they import. */
const schemaInputs = ['migrations', 'src', 'package-lock.json'];

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** Changes whenever a migration, or anything a migration can import, changes. */
export function schemaFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of schemaInputs.filter((input) => existsSync(input)).flatMap(filesUnder)) {
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const cacheFolder = resolve('node_modules/.cache/passerelle-tests');

/**
 * The migrated PGlite data directory for these sources, kept between test runs: `npm test` migrates once
 * for the unit tests and finds it again for the journeys, and running one test file again does not
 * migrate again. Each run reads its own copy (another run may meanwhile replace this one); the cache is
 * written under a temporary name and renamed, so that a run cut short leaves nothing a later one would
 * take for complete, and older fingerprints are removed.
 */
export async function cachedMigratedDump(migrateAndDump: () => Promise<Buffer>): Promise<Buffer> {
  const path = join(cacheFolder, `migrated-${schemaFingerprint()}.tar`);
  if (existsSync(path)) return readFileSync(path);
  const dump = await migrateAndDump();
  mkdirSync(cacheFolder, { recursive: true });
  for (const name of readdirSync(cacheFolder))
    if (name.startsWith('migrated-')) rmSync(join(cacheFolder, name), { force: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, dump);
  renameSync(partial, path);
  return dump;
}
