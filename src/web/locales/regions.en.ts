/** Labels of the exploratory stay events on a person's timeline. */
export const regionsTimelineKindsEn = {
  stay_planned:
    'Exploratory stay planned in {{regionName}} with {{organizationName}}, {{startsOn}} to {{endsOn}}',
  stay_cancelled: 'Exploratory stay in {{regionName}} cancelled',
  stay_reported: 'Report on the exploratory stay in {{regionName}}',
};
