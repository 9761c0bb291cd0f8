import type { Messages } from './en.js';
import type { followUpTimelineKindsEn } from './follow-up.en.js';

/** Textes français : appointments, notes, the agenda and the intensity of accompaniment. */
export const followUpFr: Messages['followUp'] = {
  tab: 'Rendez-vous et notes',
};

export const followUpTimelineKindsFr: Record<keyof typeof followUpTimelineKindsEn, string> = {};
