import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';

/**
 * Stands in for @floating-ui/react where Mantine's ScrollArea imports it (see narrowImports in
 * vite.config.ts): ScrollArea takes only `useMergeRefs` (an array of refs), here on Mantine's own hook.
 * That one import would otherwise bring the whole floating-element library (about 13 kB gzip) into
 * every page with a table, the caseload among them, though only menus and pickers position anything.
 */
export function useMergeRefs<T>(refs: ReadonlyArray<Ref<T> | undefined>) {
  return useMergedRef(...refs);
}
