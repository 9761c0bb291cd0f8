import { build } from 'vite';

/** Journeys run against the web app as shipped: built once, before any test file. */
export default async function buildWeb(): Promise<void> {
  if (process.env.E2E_SKIP_WEB_BUILD === 'true') return;
  const outDir = process.env.E2E_WEB_DIR;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', ...(outDir ? { build: { outDir } } : {}) });
}
