import type { Lap } from '../core/startup-progress.js';
import type { Deps } from '../core/use-case.js';

/** Loads the demo organizations, staff, programs and people when the database is empty. */
export async function seedDemoIfEmpty(deps: Deps, lap?: Lap): Promise<boolean> {
  const { loadDemoIfEmpty } = await import('../demo/load-demo.js');
  return (await loadDemoIfEmpty(deps, lap)) !== null;
}
