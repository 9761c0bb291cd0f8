import type { Messages } from './en.js';
import type { plansTimelineKindsEn } from './plans.en.js';

/** Textes français : individual plans (goals, steps, progress, sign-off). */
export const plansFr: Messages['plans'] = {
  tab: 'Plan',
};

export const plansTimelineKindsFr: Record<keyof typeof plansTimelineKindsEn, string> = {};
