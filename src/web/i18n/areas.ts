import type { LazyArea } from '../locales/en.js';

/**
 * The areas of the interface texts that are not in every language's core (src/web/locales/en.ts): each
 * comes with the pages that use it, so that the log-in page and the caseload do not download the words
 * of the loan funds, sessions or plans (issue 11, problem 13: ≤ 250 kB of JavaScript on those pages).
 */
export const lazyAreas = [
  'loanFund',
  'sessions',
  'plans',
  'followUp',
  'documents',
  'timeline',
  'overview',
  'agenda',
  'accountSecurity',
  'staffLifecycle',
  'privacy',
  'employers',
  'offers',
  'applications',
  'placements',
  'immersions',
  'matching',
  'outcomes',
  'outcomeFigures',
  'households',
  'reports',
  'recognition',
  'outreach',
  'referrals',
  'handoffs',
  'relocationAid',
  'relocationPlans',
  'moves',
  'stays',
  'meetings',
  'network',
  'frontDoor',
] as const satisfies readonly LazyArea[];

// Every area is listed (a compile error otherwise).
const everyAreaListed: Exclude<LazyArea, (typeof lazyAreas)[number]> extends never ? true : never = true;
void everyAreaListed;

/**
 * The areas a page needs beyond the core, by its path. A page not listed here gets every area: one
 * added later is never short of its words. The pages listed have their needs checked by areas.test.ts
 * against the keys their modules use.
 */
const pageAreas: readonly { path: RegExp; areas: readonly LazyArea[] }[] = [
  // "/" only sends each role to its home.
  { path: /^\/$/, areas: [] },
  { path: /^\/caseload\/?$/, areas: [] },
  // The second factor's set-up and the single sign-on buttons are worded with the account security.
  { path: /^\/login\/?$/, areas: ['accountSecurity'] },
  { path: /^\/(forgot-password|reset-password)\/?$/, areas: [] },
  // The public front door and the attestation check are worded with the sessions.
  { path: /^\/(info-emploi|verify\/[^/]+)\/?$/, areas: ['sessions'] },
  // The follow-up form after exit has texts of its own, in its six languages (pages/follow-up-form).
  { path: /^\/suivi\/[^/]+\/?$/, areas: [] },
  // The partner network's public pages (registration for a convening, unsubscribing from the bulletin).
  { path: /^\/(rencontre|desabonnement)\/[^/]+\/?$/, areas: ['network'] },
  // The consortium's front door has texts of its own, in its four languages (pages/front-door-form).
  { path: /^\/demande\/[^/]+\/?$/, areas: [] },
];

export function areasFor(pathname: string): readonly LazyArea[] {
  return pageAreas.find((page) => page.path.test(pathname))?.areas ?? lazyAreas;
}

/** The area a text's key belongs to (`sessions.nav` → `sessions`), if it is not in the core. */
export function areaOfKey(key: string): LazyArea | undefined {
  const head = key.split('.')[0];
  return (lazyAreas as readonly string[]).includes(head ?? '') ? (head as LazyArea) : undefined;
}
