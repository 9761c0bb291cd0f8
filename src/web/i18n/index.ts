import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../core/i18n/locale.js';
import type { LazyArea } from '../locales/en.js';
import { areaOfKey } from './areas.js';

export const uiLanguages = ['fr', 'en', 'ar'] as const satisfies readonly Locale[];
export type UiLanguage = (typeof uiLanguages)[number];

/** Only the language choice is kept in the browser; never anything about a person. */
const storageKey = 'passerelle.language';

export function storedLanguage(): UiLanguage | null {
  try {
    const value = window.localStorage.getItem(storageKey);
    return (uiLanguages as readonly string[]).includes(value ?? '') ? (value as UiLanguage) : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: UiLanguage): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

function browserLanguage(): UiLanguage {
  const tag = (navigator.language ?? 'fr').slice(0, 2).toLowerCase();
  return (uiLanguages as readonly string[]).includes(tag) ? (tag as UiLanguage) : 'fr';
}

export function directionOf(language: string): 'rtl' | 'ltr' {
  return language.startsWith('ar') ? 'rtl' : 'ltr';
}

export const i18n = i18next.createInstance();

/**
 * Each language's messages are a chunk of their own, fetched when that language is first used: a page
 * downloads one language (two in Arabic, which falls back to French), not all three. Within a language,
 * the texts every page needs (the core) come first; each area of lazyAreas (loan funds, sessions,
 * plans…) is a chunk of its own, fetched with the pages that use it (areasFor in areas.ts).
 */
const messagesOf: Record<UiLanguage, () => Promise<object>> = {
  fr: () => import('../locales/fr.js').then(({ frCore }) => frCore),
  en: () => import('../locales/en.js').then(({ enCore }) => enCore),
  // Arabic covers only the public pages (the rest falls back to French): one chunk.
  ar: () => import('../locales/ar.js').then((module) => module.ar),
};

const areaMessagesOf: Record<'fr' | 'en', Record<LazyArea, () => Promise<object>>> = {
  fr: {
    loanFund: () => import('../locales/loan-fund.fr.js').then((module) => module.loanFundFr),
    sessions: () => import('../locales/sessions.fr.js').then((module) => module.sessionsFr),
    plans: () => import('../locales/plans.fr.js').then((module) => module.plansFr),
    followUp: () => import('../locales/follow-up.fr.js').then((module) => module.followUpFr),
    documents: () => import('../locales/documents.fr.js').then((module) => module.documentsFr),
    timeline: () => import('../locales/timeline.fr.js').then((module) => module.timelineFr),
    overview: () => import('../locales/person-overview.fr.js').then((module) => module.personOverviewFr),
    agenda: () => import('../locales/agenda.fr.js').then((module) => module.agendaFr),
    accountSecurity: () =>
      import('../locales/account-security.fr.js').then((module) => module.accountSecurityFr),
    staffLifecycle: () =>
      import('../locales/staff-lifecycle.fr.js').then((module) => module.staffLifecycleFr),
    privacy: () => import('../locales/privacy.fr.js').then((module) => module.privacyFr),
    employers: () => import('../locales/employers.fr.js').then((module) => module.employersFr),
    offers: () => import('../locales/offers.fr.js').then((module) => module.offersFr),
    applications: () => import('../locales/applications.fr.js').then((module) => module.applicationsFr),
    placements: () => import('../locales/placements.fr.js').then((module) => module.placementsFr),
    immersions: () => import('../locales/immersions.fr.js').then((module) => module.immersionsFr),
    matching: () => import('../locales/matching.fr.js').then((module) => module.matchingFr),
    outcomes: () => import('../locales/outcomes.fr.js').then((module) => module.outcomesFr),
    outcomeFigures: () =>
      import('../locales/outcome-figures.fr.js').then((module) => module.outcomeFiguresFr),
    households: () => import('../locales/households.fr.js').then((module) => module.householdsFr),
    reports: () => import('../locales/reports.fr.js').then((module) => module.reportsFr),
    recognition: () => import('../locales/recognition.fr.js').then((module) => module.recognitionFr),
    outreach: () => import('../locales/outreach.fr.js').then((module) => module.outreachFr),
    referrals: () => import('../locales/referrals.fr.js').then((module) => module.referralsFr),
    handoffs: () => import('../locales/handoffs.fr.js').then((module) => module.handoffsFr),
    relocationAid: () => import('../locales/relocation-aid.fr.js').then((module) => module.relocationAidFr),
    relocationPlans: () =>
      import('../locales/relocation-plans.fr.js').then((module) => module.relocationPlansFr),
    moves: () => import('../locales/moves.fr.js').then((module) => module.movesFr),
    stays: () => import('../locales/stays.fr.js').then((module) => module.staysFr),
    meetings: () => import('../locales/meetings.fr.js').then((module) => module.meetingsFr),
    network: () => import('../locales/network.fr.js').then((module) => module.networkFr),
    frontDoor: () => import('../locales/front-door.fr.js').then((module) => module.frontDoorFr),
  },
  en: {
    loanFund: () => import('../locales/loan-fund.en.js').then((module) => module.loanFundEn),
    sessions: () => import('../locales/sessions.en.js').then((module) => module.sessionsEn),
    plans: () => import('../locales/plans.en.js').then((module) => module.plansEn),
    followUp: () => import('../locales/follow-up.en.js').then((module) => module.followUpEn),
    documents: () => import('../locales/documents.en.js').then((module) => module.documentsEn),
    timeline: () => import('../locales/timeline.en.js').then((module) => module.timelineEn),
    overview: () => import('../locales/person-overview.en.js').then((module) => module.personOverviewEn),
    agenda: () => import('../locales/agenda.en.js').then((module) => module.agendaEn),
    accountSecurity: () =>
      import('../locales/account-security.en.js').then((module) => module.accountSecurityEn),
    staffLifecycle: () =>
      import('../locales/staff-lifecycle.en.js').then((module) => module.staffLifecycleEn),
    privacy: () => import('../locales/privacy.en.js').then((module) => module.privacyEn),
    employers: () => import('../locales/employers.en.js').then((module) => module.employersEn),
    offers: () => import('../locales/offers.en.js').then((module) => module.offersEn),
    applications: () => import('../locales/applications.en.js').then((module) => module.applicationsEn),
    placements: () => import('../locales/placements.en.js').then((module) => module.placementsEn),
    immersions: () => import('../locales/immersions.en.js').then((module) => module.immersionsEn),
    matching: () => import('../locales/matching.en.js').then((module) => module.matchingEn),
    outcomes: () => import('../locales/outcomes.en.js').then((module) => module.outcomesEn),
    outcomeFigures: () =>
      import('../locales/outcome-figures.en.js').then((module) => module.outcomeFiguresEn),
    households: () => import('../locales/households.en.js').then((module) => module.householdsEn),
    reports: () => import('../locales/reports.en.js').then((module) => module.reportsEn),
    recognition: () => import('../locales/recognition.en.js').then((module) => module.recognitionEn),
    outreach: () => import('../locales/outreach.en.js').then((module) => module.outreachEn),
    referrals: () => import('../locales/referrals.en.js').then((module) => module.referralsEn),
    handoffs: () => import('../locales/handoffs.en.js').then((module) => module.handoffsEn),
    relocationAid: () => import('../locales/relocation-aid.en.js').then((module) => module.relocationAidEn),
    relocationPlans: () =>
      import('../locales/relocation-plans.en.js').then((module) => module.relocationPlansEn),
    moves: () => import('../locales/moves.en.js').then((module) => module.movesEn),
    stays: () => import('../locales/stays.en.js').then((module) => module.staysEn),
    meetings: () => import('../locales/meetings.en.js').then((module) => module.meetingsEn),
    network: () => import('../locales/network.en.js').then((module) => module.networkEn),
    frontDoor: () => import('../locales/front-door.en.js').then((module) => module.frontDoorEn),
  },
};

/** The language and what it falls back to (see fallbackLng below); staff screens are complete in en and fr. */
const neededFor = (language: UiLanguage): UiLanguage[] => (language === 'ar' ? ['ar', 'fr'] : [language]);

/** What has been added to i18next, as `fr` (the core) or `fr:sessions` (an area), fetched or being fetched. */
const fetched = new Map<string, Promise<void>>();
/** The areas asked for so far, whatever the language: a change of language fetches them in the new one. */
const wantedAreas = new Set<LazyArea>();

function fetchOnce(name: string, load: () => Promise<object>, wrap: (messages: object) => object) {
  let pending = fetched.get(name);
  if (!pending) {
    pending = load().then((messages) => {
      const language = name.split(':')[0]!;
      // Areas and the core are distinct top-level keys: a shallow merge keeps both.
      i18n.addResourceBundle(language, 'translation', wrap(messages));
    });
    pending.catch(() => fetched.delete(name));
    fetched.set(name, pending);
  }
  return pending;
}

function fetchAreas(language: UiLanguage, areas: Iterable<LazyArea>): Promise<void>[] {
  return neededFor(language)
    .filter((needed): needed is 'fr' | 'en' => needed !== 'ar')
    .flatMap((needed) =>
      [...areas].map((area) =>
        fetchOnce(`${needed}:${area}`, areaMessagesOf[needed][area], (messages) => ({ [area]: messages })),
      ),
    );
}

/** Fetches a language's messages (and its fallback's) if not already there; call before using it. */
export async function loadLanguage(language: UiLanguage): Promise<void> {
  await Promise.all([
    ...neededFor(language).map((needed) => fetchOnce(needed, messagesOf[needed], (messages) => messages)),
    ...fetchAreas(language, wantedAreas),
  ]);
}

/** Fetches the texts of some areas (in the current language and its fallback) if not already there. */
export async function loadAreas(areas: readonly LazyArea[], language = currentLanguage()): Promise<void> {
  for (const area of areas) wantedAreas.add(area);
  await Promise.all(fetchAreas(language, areas));
}

/** The language the app starts in: the one chosen before on this browser, else the browser's. */
export const initialLanguage: UiLanguage = storedLanguage() ?? browserLanguage();

void i18n.use(initReactI18next).init({
  resources: {},
  partialBundledLanguages: true,
  lng: initialLanguage,
  // Staff screens are complete in French and English; Arabic falls back to French where missing.
  fallbackLng: { ar: ['fr'], default: ['fr'] },
  interpolation: { escapeValue: false },
  returnNull: false,
  // A text of an area no page asked for (a page missing from areasFor): fetched then, and the components
  // drawn again when it is added ('added' below), rather than the key left on screen.
  saveMissing: true,
  missingKeyHandler: (_languages, _namespace, key) => {
    const area = areaOfKey(key);
    if (area) void loadAreas([area]);
  },
  react: { bindI18nStore: 'added' },
});

export function currentLanguage(): UiLanguage {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (uiLanguages as readonly string[]).includes(language) ? (language as UiLanguage) : 'fr';
}
