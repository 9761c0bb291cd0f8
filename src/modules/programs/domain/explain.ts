import type { ImmigrationStatus } from '../../people/domain/immigration-status.js';
import type { EligibilityRule, RuleResult } from './eligibility.js';

export type ExplainLocale = 'fr' | 'en' | 'ar';

const statusLabels: Record<ImmigrationStatus, { fr: string; en: string }> = {
  refugee: { fr: 'réfugié·e', en: 'refugee' },
  subsidiary_protection: { fr: 'protection subsidiaire', en: 'subsidiary protection' },
  asylum_seeker: { fr: "demandeur·se d'asile", en: 'asylum seeker' },
  csq_holder_abroad: { fr: 'titulaire du CSQ, encore à l’étranger', en: 'CSQ holder still abroad' },
  permanent_resident: { fr: 'résident·e permanent·e', en: 'permanent resident' },
  work_permit: { fr: 'titulaire d’un permis de travail', en: 'work permit holder' },
  naturalized_citizen: { fr: 'naturalisé·e', en: 'naturalized citizen' },
  other: { fr: 'autre statut', en: 'other status' },
  asylee: { fr: 'asilé·e (États-Unis)', en: 'asylee' },
  special_immigrant_visa: {
    fr: 'titulaire d’un visa spécial d’immigrant (SIV)',
    en: 'Special Immigrant Visa holder',
  },
  parolee: { fr: 'admis·e sous parole humanitaire', en: 'parolee' },
  temporary_protected_status: {
    fr: 'bénéficiaire du statut de protection temporaire (TPS)',
    en: 'TPS holder',
  },
  protected_person: { fr: 'personne protégée', en: 'protected person' },
  residence_permit: { fr: 'titulaire d’un titre de séjour', en: 'residence permit holder' },
};

type Lang = 'fr' | 'en';
const lang = (locale: ExplainLocale): Lang => (locale === 'en' ? 'en' : 'fr');

/** A date inside a sentence, written out ("1 mars 2024", "1 March 2024"), never '2024-03-01'. */
export function spokenDate(iso: unknown, locale: Lang): string {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return String(iso ?? '');
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' })
    .format(new Date(`${iso}T12:00:00Z`))
    .replace(/[\u202F\u00A0]/g, ' ');
}

/** A country's name ("Canada", "États-Unis"), not its code. */
function countryNamed(code: unknown, locale: Lang): string | null {
  if (typeof code !== 'string' || code === '') return null;
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

function statusList(statuses: readonly ImmigrationStatus[], locale: Lang): string {
  const words = statuses.map((s) => statusLabels[s][locale]);
  const or = locale === 'fr' ? ' ou ' : ' or ';
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')}${or}${words.at(-1)}`;
}

export function statusLabel(status: ImmigrationStatus, locale: ExplainLocale): string {
  return statusLabels[status][lang(locale)];
}

/** The rule as a sentence a counselor reads in the program settings. */
export function describeRule(rule: EligibilityRule, locale: ExplainLocale): string {
  const l = lang(locale);
  const fr = l === 'fr';
  switch (rule.kind) {
    case 'maxAge':
      return rule.inclusive
        ? fr
          ? `${rule.years} ans ou moins à l'inscription`
          : `${rule.years} or younger at enrolment`
        : fr
          ? `Moins de ${rule.years} ans à l'inscription`
          : `Under ${rule.years} at enrolment`;
    case 'minAge':
      return fr ? `Au moins ${rule.years} ans à l'inscription` : `At least ${rule.years} at enrolment`;
    case 'allowedStatuses':
      return fr ? `Statut : ${statusList(rule.statuses, l)}` : `Status: ${statusList(rule.statuses, l)}`;
    case 'excludedStatuses':
      return fr
        ? `Statut autre que : ${statusList(rule.statuses, l)}`
        : `Status other than: ${statusList(rule.statuses, l)}`;
    case 'minMonthsSinceAsylumApplication':
      return rule.strict
        ? fr
          ? `Demande d'asile déposée depuis plus de ${rule.months} mois`
          : `Asylum application filed more than ${rule.months} months ago`
        : fr
          ? `Demande d'asile déposée depuis au moins ${rule.months} mois`
          : `Asylum application filed at least ${rule.months} months ago`;
    case 'maxYearsSinceArrival':
      return rule.strict
        ? fr
          ? `Arrivé·e dans le pays depuis moins de ${rule.years} ans`
          : `In the country for less than ${rule.years} years`
        : fr
          ? `Arrivé·e dans le pays depuis ${rule.years} ans au plus`
          : `In the country for ${rule.years} years or less`;
    case 'foreignDegreeRequired':
      return fr ? 'Diplôme obtenu à l’étranger' : 'Holds a degree obtained abroad';
    case 'residence': {
      const places = [
        ...(rule.cities ?? []),
        ...(rule.regions ?? []),
        ...(rule.countries ?? []).map((code) => countryNamed(code, fr ? 'fr' : 'en')),
      ].join(', ');
      return fr ? `Réside à / en : ${places}` : `Lives in: ${places}`;
    }
    case 'anyOf':
      return (
        rule.label?.[l] ?? rule.rules.map((r) => describeRule(r, locale)).join(fr ? ' — ou — ' : ' — or — ')
      );
    case 'allOf':
      return (
        rule.label?.[l] ?? rule.rules.map((r) => describeRule(r, locale)).join(fr ? ' — et — ' : ' — and — ')
      );
  }
}

/** What was found for this person, e.g. "22 ans" / "7 months" / "asylum seeker". */
export function explainResult(result: RuleResult, locale: ExplainLocale): string {
  const l = lang(locale);
  const fr = l === 'fr';
  if (result.outcome === 'unknown' && Object.keys(result.observed).length === 0 && !result.children) {
    return fr ? 'Information manquante dans le dossier' : 'Information missing from the file';
  }
  const o = result.observed;
  switch (result.rule.kind) {
    case 'maxAge':
    case 'minAge':
      return fr ? `${o.age} ans à la date d'inscription` : `${o.age} years old on the enrolment date`;
    case 'allowedStatuses':
    case 'excludedStatuses':
      return fr
        ? `Statut actuel : ${statusLabel(o.status as ImmigrationStatus, locale)}`
        : `Current status: ${statusLabel(o.status as ImmigrationStatus, locale)}`;
    case 'minMonthsSinceAsylumApplication':
      if (o.status) {
        return fr
          ? `Pas en demande d'asile (statut : ${statusLabel(o.status as ImmigrationStatus, locale)})`
          : `Not an asylum seeker (status: ${statusLabel(o.status as ImmigrationStatus, locale)})`;
      }
      return fr
        ? `Demande déposée il y a ${o.months} mois (le ${spokenDate(o.since, 'fr')})`
        : `Filed ${o.months} months ago (on ${spokenDate(o.since, 'en')})`;
    case 'maxYearsSinceArrival': {
      const years = Math.floor(Number(o.months) / 12);
      const months = Number(o.months) % 12;
      return fr
        ? `Arrivé·e le ${spokenDate(o.since, 'fr')}, il y a ${years} an(s) et ${months} mois`
        : `Arrived on ${spokenDate(o.since, 'en')}, ${years} year(s) and ${months} month(s) ago`;
    }
    case 'foreignDegreeRequired':
      return o.hasForeignDegree
        ? fr
          ? 'Diplôme étranger déclaré'
          : 'Foreign degree on file'
        : fr
          ? 'Aucun diplôme étranger dans le dossier'
          : 'No foreign degree on file';
    case 'residence':
      return fr
        ? `Réside : ${[o.city, o.region, countryNamed(o.country, 'fr')].filter(Boolean).join(', ')}`
        : `Lives in: ${[o.city, o.region, countryNamed(o.country, 'en')].filter(Boolean).join(', ')}`;
    case 'anyOf':
    case 'allOf': {
      const passed = result.children?.filter((c) => c.outcome === 'passed').length ?? 0;
      const total = result.children?.length ?? 0;
      return fr ? `${passed} condition(s) remplie(s) sur ${total}` : `${passed} of ${total} condition(s) met`;
    }
  }
}
