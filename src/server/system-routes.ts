import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { healthRoute } from '../contracts/system.js';
import { mountRoute } from '../core/http/mount.js';
import type { Deps } from '../core/use-case.js';

export function registerSystemRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, healthRoute, async () => {
    const result = await sql<{ version: string }>`SELECT version() AS version`.execute(deps.db);
    const version = result.rows[0]?.version ?? '';
    return {
      status: 'ok' as const,
      engine: version.includes('wasm') || version.includes('emscripten') ? 'pglite' : 'postgres',
    };
  });
}
