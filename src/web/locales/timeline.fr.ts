import { documentsTimelineKindsFr } from './documents.fr.js';
import type { Messages } from './en.js';
import { followUpTimelineKindsFr } from './follow-up.fr.js';
import { plansTimelineKindsFr } from './plans.fr.js';
import { sessionsTimelineKindsFr } from './sessions.fr.js';

/** Textes français du fil de la personne. Chaque module qui publie des événements apporte ses libellés. */
export const timelineFr: Messages['timeline'] = {
  tab: 'Fil de suivi',
  kinds: {
    ...plansTimelineKindsFr,
    ...followUpTimelineKindsFr,
    ...documentsTimelineKindsFr,
    ...sessionsTimelineKindsFr,
  },
};
