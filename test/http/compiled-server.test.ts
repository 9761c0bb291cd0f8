import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { cloneServerDatabase, dropServerDatabase, testDatabaseName } from '../support/server-template.js';

/**
 * `npm start` runs the server compiled by scripts/build-server.mjs (dist/server/main.mjs), not the
 * sources: this starts that build as a process of its own on a new, empty database, which it migrates
 * from the first migration (some read reference data), and asks it what a client would. It must find
 * its migrations and the reference data (it refuses to start without them) from dist/server/. Run with
 * the PostgreSQL server only: migrating a new embedded database in a process of its own costs the PGlite
 * run, CI's longest, half a minute, for the same compiled files. There its background jobs run in a
 * process of their own (dist/server/jobs-main.mjs), which must run a due job and stop with the server.
 */
const provided = inject('testDatabase');
const server = provided.engine === 'postgres' ? provided : null;
const name = server ? testDatabaseName(server.runPrefix) : '';
let child: ChildProcess | undefined;

afterAll(async () => {
  child?.kill('SIGKILL');
  if (server) await dropServerDatabase(server.databaseUrl, name);
});

describe.skipIf(!server)('the compiled server', () => {
  it('starts from dist/server on a new database, migrates it and answers', async () => {
    const built = spawnSync(process.execPath, ['scripts/build-server.mjs'], { encoding: 'utf8' });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    const databaseUrl = await cloneServerDatabase(server!.databaseUrl, 'template0', name);
    child = spawn(process.execPath, ['dist/server/main.mjs'], {
      // Any free port: the HTTP server's log says which.
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', SEED_DEMO: 'false', LOG_LEVEL: 'info' },
    });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child?.once('exit', resolve));
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
    expect(await health.json()).toEqual({ status: 'ok', engine: 'postgres' });
    const missing = await fetch(`${address}/api/people`);
    expect(missing.status).toBe(401);

    // The jobs' process scheduled the recurring jobs; one made due now is run by it (it polls every 5 s).
    expect(output).toContain('background jobs run in a process of their own');
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const due = await client.query<{ id: string }>(
        `UPDATE jobs SET run_at = now() WHERE id = (SELECT id FROM jobs WHERE completed_at IS NULL
           AND dedupe_key IS NOT NULL ORDER BY kind LIMIT 1) RETURNING id`,
      );
      expect(due.rowCount, 'no recurring job was scheduled').toBe(1);
      let completed = false;
      for (let i = 0; i < 150 && !completed; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const job = await client.query('SELECT completed_at FROM jobs WHERE id = $1', [due.rows[0]!.id]);
        completed = job.rows[0]?.completed_at !== null;
      }
      expect(completed, output).toBe(true);
    } finally {
      await client.end();
    }

    // Stopped, it stops its jobs' process first, then ends cleanly.
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 120_000);
});
