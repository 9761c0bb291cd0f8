/** What other modules may ask of the timeline module (the events themselves are published through core). */
export * as timelinePersonData from './person-data.js';
