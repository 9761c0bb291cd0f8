import { z } from 'zod';

/**
 * On a kept file, the file merged into it that a record belongs to (a merge in force,
 * docs/duplicates.md), named as its own readers see it; null for the person's own records. Read-only
 * on the kept file: the record stays on that file, where it is changed.
 */
export const fromMergedFile = z
  .object({ personId: z.uuid(), givenName: z.string(), familyName: z.string() })
  .nullable();
