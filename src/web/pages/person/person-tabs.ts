import { z } from 'zod';

/** Every section of a person's file, as `?tab=` names it (links from e-mails and the timeline keep working). */
export const personTabs = [
  'overview',
  'identity',
  'status',
  'languages',
  'education',
  'experience',
  'barriers',
  'household',
  'consent',
  'enrolments',
  'plan',
  'recognition',
  'referrals',
  'followUp',
  'sessions',
  'loans',
  'employment',
  'regionalization',
  'documents',
  'timeline',
  'privacy',
] as const;
export type PersonTab = (typeof personTabs)[number];

/**
 * Sixteen sections do not fit on one line: they are grouped (the overview alone first, then who the
 * person is, the accompaniment, and the records), and a group shows its sections as a second row.
 */
export const personTabGroups = {
  overview: ['overview'],
  profile: ['identity', 'status', 'languages', 'education', 'experience', 'barriers', 'household', 'consent'],
  accompaniment: [
    'enrolments',
    'plan',
    'recognition',
    'referrals',
    'followUp',
    'sessions',
    'loans',
    'employment',
    'regionalization',
  ],
  records: ['documents', 'timeline', 'privacy'],
} as const satisfies Record<string, readonly PersonTab[]>;
export type PersonTabGroup = keyof typeof personTabGroups;

export function groupOf(tab: PersonTab): PersonTabGroup {
  for (const [group, tabs] of Object.entries(personTabGroups))
    if ((tabs as readonly PersonTab[]).includes(tab)) return group as PersonTabGroup;
  return 'overview';
}

export const personSearch = z.object({ tab: z.enum(personTabs).optional().catch(undefined) });
