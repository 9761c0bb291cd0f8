import type { homeEn } from './home.en.js';

/** Les accueils des rôles : le consortium sur lequel arrive un coordinateur, au-dessus de ses programmes. */
export const homeFr: typeof homeEn = {
  consortia: 'Consortiums',
  consortium: 'Consortium : {{name}}',
  youCoordinate: 'Votre structure le coordonne.',
  coordinatedBy: 'Coordonné par {{name}}.',
  members_one: '{{count}} structure membre :',
  members_other: '{{count}} structures membres :',
};
