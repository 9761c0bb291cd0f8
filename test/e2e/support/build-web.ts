import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

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
 * Journeys run against the web app as shipped, built once before any test file, and again only when its
 * sources change. Vite builds in a process of its own, started first: the setup loads the demo meanwhile
 * (on PGlite, in this process), and the two keep both cores busy instead of one after the other. `.ci/run`
 * runs the journeys of both engines side by side: one builds while the other waits for the build (a
 * lock folder beside it), finds the same sources, and reuses it.
 */
export function startWebBuild(): () => Promise<void> {
  if (process.env.E2E_SKIP_WEB_BUILD === 'true') return async () => undefined;
  const built = buildUnlessCurrent(resolve(process.env.E2E_WEB_DIR ?? 'dist/web'));
  // Awaited later: a failure meanwhile must not surface as an unhandled rejection.
  built.catch(() => undefined);
  return () => built;
}

async function buildUnlessCurrent(outDir: string): Promise<void> {
  // Beside the build, not in it: the server serves everything inside.
  const stamp = `${outDir}.sources-fingerprint`;
  const release = await lock(`${outDir}.building`);
  try {
    const fingerprint = fingerprintOfSources();
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) return;
    rmSync(stamp, { force: true });
    await viteBuild(outDir);
    writeFileSync(stamp, fingerprint);
  } finally {
    release();
  }
}

function viteBuild(outDir: string): Promise<void> {
  const vite = resolve('node_modules/vite/bin/vite.js');
  const child = spawn(
    process.execPath,
    [vite, 'build', '--config', 'vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return new Promise<void>((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`The web app's build failed (vite exited with ${code})`)),
    );
  });
}

/** A folder only one process can create: held while building; one left by a killed run expires. */
async function lock(path: string): Promise<() => void> {
  mkdirSync(dirname(path), { recursive: true });
  for (;;) {
    try {
      mkdirSync(path);
      return () => rmSync(path, { recursive: true, force: true });
    } catch {
      const heldSince = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - heldSince > 10 * 60_000) rmSync(path, { recursive: true, force: true });
      else await new Promise((wake) => setTimeout(wake, 500));
    }
  }
}
