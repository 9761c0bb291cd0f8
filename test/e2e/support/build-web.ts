import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

/** What the built web app is made of: any change here makes the next journeys build it again. */
const buildInputs = ['src', 'scripts', 'vite.config.ts', 'package-lock.json'];

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

function fingerprintOfSources(): string {
  const hash = createHash('sha256');
  for (const file of buildInputs.filter((input) => existsSync(input)).flatMap(filesUnder)) {
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Journeys run against the web app as shipped: built once, before any test file. CI runs the journeys on
 * both database engines one after the other; the second run finds the same sources and reuses the build.
 */
export default async function buildWeb(): Promise<void> {
  if (process.env.E2E_SKIP_WEB_BUILD === 'true') return;
  const outDir = resolve(process.env.E2E_WEB_DIR ?? 'dist/web');
  // Beside the build, not in it: the server serves everything inside.
  const stamp = `${outDir}.sources-fingerprint`;
  const fingerprint = fingerprintOfSources();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) return;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  writeFileSync(stamp, fingerprint);
}
