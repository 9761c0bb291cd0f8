/** English texts of individual plans (goals, steps, progress, sign-off). */
export const plansEn = {
  tab: 'Plan',
};

/** Labels of the timeline events this module publishes (merged under `timeline.kinds`). */
export const plansTimelineKindsEn = {};
