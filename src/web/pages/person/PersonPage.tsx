import { z } from 'zod';

export const personSearch = z.object({ tab: z.string().optional().catch(undefined) });

export function PersonPage() {
  return null;
}
