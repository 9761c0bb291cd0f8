import { createHash } from 'node:crypto';
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
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
 * A folder for one test run's databases, beside the cache (so that its copies are hard links). A run
 * removes its own at teardown; those of runs killed before it, six hours old, are removed here.
 */
export function newRunFolder(): string {
  mkdirSync(cacheFolder, { recursive: true });
  const sixHoursAgo = Date.now() - 6 * 3_600_000;
  for (const name of readdirSync(cacheFolder)) {
    const path = join(cacheFolder, name);
    // Another run may be removing the same folder meanwhile: `statSync` then finds nothing.
    if (name.startsWith('run-') && (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0) < sixHoursAgo)
      rmSync(path, { recursive: true, force: true });
  }
  return mkdtempSync(join(cacheFolder, 'run-'));
}

/**
 * The migrated PGlite data directories for these sources — one per key: the latest version, and the
 * versions migration tests start from — kept between test runs: `npm test` migrates once for the unit
 * tests and finds them again for the journeys, and running one test file again does not migrate again.
 * A run reads them through hard links in its own `folder`: a cached file is written under a temporary
 * name and renamed, never written in place, so that another run replacing it meanwhile, or a run cut
 * short, leaves each run a complete copy. Older fingerprints are removed.
 */
export async function cachedMigratedDumps<Key extends string>(
  keys: readonly Key[],
  folder: string,
  migrateAndDump: (keep: (key: Key, dump: Buffer) => void) => Promise<void>,
): Promise<Record<Key, string>> {
  const fingerprint = schemaFingerprint();
  const cached = (key: Key) => join(cacheFolder, `migrated-${fingerprint}-${key}.tar`);
  const copies = Object.fromEntries(keys.map((key) => [key, join(folder, `${key}.tar`)])) as Record<
    Key,
    string
  >;
  try {
    for (const key of keys) linkSync(cached(key), copies[key]);
    return copies;
  } catch {
    // Not cached yet, or replaced by another run's meanwhile: migrated again.
    for (const key of keys) rmSync(copies[key], { force: true });
  }
  const kept = new Set<Key>();
  await migrateAndDump((key, dump) => {
    writeFileSync(copies[key], dump);
    kept.add(key);
  });
  const missing = keys.filter((key) => !kept.has(key));
  if (missing.length > 0) throw new Error(`No migrated database kept for ${missing.join(', ')}`);
  removeOlderFingerprints(fingerprint);
  for (const key of keys) {
    const partial = `${cached(key)}.${process.pid}.partial`;
    linkSync(copies[key], partial);
    renameSync(partial, cached(key));
  }
  return copies;
}

/** Another fingerprint's files; a partial one only once its run has had an hour to finish it. */
function removeOlderFingerprints(fingerprint: string): void {
  const anHourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(cacheFolder)) {
    const path = join(cacheFolder, name);
    if (!name.startsWith('migrated-') || name.startsWith(`migrated-${fingerprint}-`)) continue;
    if (name.endsWith('.partial') && (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0) > anHourAgo)
      continue;
    rmSync(path, { force: true });
  }
}
