import { documentsTimelineKindsEn } from './documents.en.js';
import { followUpTimelineKindsEn } from './follow-up.en.js';
import { plansTimelineKindsEn } from './plans.en.js';
import { sessionsTimelineKindsEn } from './sessions.en.js';

/** English texts of a person's timeline. Each module that publishes events brings its own labels. */
export const timelineEn = {
  tab: 'Timeline',
  kinds: {
    ...plansTimelineKindsEn,
    ...followUpTimelineKindsEn,
    ...documentsTimelineKindsEn,
    ...sessionsTimelineKindsEn,
  },
};
