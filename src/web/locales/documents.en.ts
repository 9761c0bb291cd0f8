/** English texts of the person's documents (upload, download, types). */
export const documentsEn = {
  tab: 'Documents',
};

/** Labels of the timeline events this module publishes (merged under `timeline.kinds`). */
export const documentsTimelineKindsEn = {};
