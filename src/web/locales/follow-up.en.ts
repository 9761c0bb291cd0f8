/** English texts of appointments, notes, the agenda and the intensity of accompaniment. */
export const followUpEn = {
  tab: 'Appointments and notes',
};

/** Labels of the timeline events this module publishes (merged under `timeline.kinds`). */
export const followUpTimelineKindsEn = {};
