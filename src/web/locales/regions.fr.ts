import type { regionsTimelineKindsEn } from './regions.en.js';

/** Libellés des événements de séjour exploratoire dans le fil du parcours. */
export const regionsTimelineKindsFr: typeof regionsTimelineKindsEn = {
  stay_planned:
    'Séjour exploratoire prévu en {{regionName}} avec {{organizationName}}, du {{startsOn}} au {{endsOn}}',
  stay_cancelled: 'Séjour exploratoire en {{regionName}} annulé',
  stay_reported: 'Compte rendu du séjour exploratoire en {{regionName}}',
};
