/** The roles' homes: the consortium a coordinator lands on, above its programs. */
export const homeEn = {
  consortia: 'Consortia',
  consortium: 'Consortium: {{name}}',
  youCoordinate: 'Your organization coordinates it.',
  coordinatedBy: 'Coordinated by {{name}}.',
  members_one: '{{count}} member organization:',
  members_other: '{{count}} member organizations:',
};
