import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RouteContract } from '../../src/contracts/define.js';

/** Every route contract exported by src/contracts, once per method and path. */
export async function collectContracts(): Promise<RouteContract[]> {
  const folder = join(import.meta.dirname, '../../src/contracts');
  const contracts: RouteContract[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts') && f !== 'define.ts')) {
    const exported = (await import(join(folder, file))) as Record<string, unknown>;
    for (const value of Object.values(exported)) {
      if (value && typeof value === 'object' && 'method' in value && 'path' in value && 'policy' in value) {
        contracts.push(value as RouteContract);
      }
    }
  }
  return contracts.filter(
    (c, i) => contracts.findIndex((o) => o.method === c.method && o.path === c.path) === i,
  );
}
