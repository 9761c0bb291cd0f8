import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm start` runs the server compiled by scripts/build-server.mjs (dist/server/main.mjs), not the
 * sources: this starts that build as a process of its own, on an embedded database of its own, and asks
 * it what a client would. It must find its migrations, the PGlite engine and the reference data (it
 * refuses to start without them) from dist/server/.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-compiled-'));
let server: ChildProcess | undefined;

afterAll(() => {
  server?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the compiled server', () => {
  it('starts from dist/server on a new embedded database and answers', async () => {
    const built = spawnSync(process.execPath, ['scripts/build-server.mjs'], { encoding: 'utf8' });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    const { DATABASE_URL: _server, ...env } = process.env;
    let output = '';
    server = spawn(process.execPath, ['dist/server/main.mjs'], {
      // Any free port: the HTTP server's log says which.
      env: { ...env, DATA_DIR: dataDir, PORT: '0', SEED_DEMO: 'false', LOG_LEVEL: 'info' },
    });
    server.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    server.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    const exited = new Promise<number | null>((resolve) => server?.once('exit', resolve));
    // Ready when it says so; a start that fails ends the process, and its output is the failure.
    const ready = await Promise.race([
      new Promise<true>((resolve) => {
        const check = () => (output.includes('Passerelle is ready') ? resolve(true) : setTimeout(check, 50));
        check();
      }),
      exited.then(() => false as const),
    ]);
    expect(ready, output).toBe(true);
    const address = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    expect(address, output).toBeDefined();
    const health = await fetch(`${address}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', engine: 'pglite' });
    const missing = await fetch(`${address}/api/people`);
    expect(missing.status).toBe(401);
  }, 120_000);
});
