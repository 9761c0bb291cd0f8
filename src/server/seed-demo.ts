import type { Deps } from '../core/use-case.js';

/** Loads the demo organizations, staff, programs and people when the database is empty. */
export async function seedDemoIfEmpty(deps: Deps): Promise<void> {
  const { loadDemoIfEmpty } = await import('../demo/load-demo.js');
  await loadDemoIfEmpty(deps);
}
