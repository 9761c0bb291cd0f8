/**
 * How the recognition pages word pathways, steps and figures: pure functions of the data and a locale
 * tag, so that they are tested without a browser (recognition-format.test.ts).
 */

/** Subdivisions the working groups name: proper nouns, written the French way in French where it differs. */
const subdivisionNames: Record<string, { en: string; fr?: string }> = {
  'US-KY': { en: 'Kentucky' },
  'US-MO': { en: 'Missouri' },
  'US-IL': { en: 'Illinois' },
  'US-IN': { en: 'Indiana' },
  'US-OH': { en: 'Ohio' },
  'US-TN': { en: 'Tennessee' },
  'US-NY': { en: 'New York' },
  'US-CA': { en: 'California', fr: 'Californie' },
  'US-TX': { en: 'Texas' },
  'CA-QC': { en: 'Quebec', fr: 'Québec' },
  'CA-ON': { en: 'Ontario' },
  'CA-BC': { en: 'British Columbia', fr: 'Colombie-Britannique' },
  'CA-AB': { en: 'Alberta' },
  'CA-NB': { en: 'New Brunswick', fr: 'Nouveau-Brunswick' },
  'CA-MB': { en: 'Manitoba' },
};

function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** 'US-KY' → 'Kentucky (United States)'; 'FR' → 'France'; an unknown subdivision keeps its code. */
export function jurisdictionName(code: string, locale: string): string {
  const [country, subdivision] = code.split('-') as [string, string | undefined];
  const nation = countryName(country, locale);
  if (!subdivision) return nation;
  const known = subdivisionNames[code];
  const name = known ? (locale.startsWith('fr') ? (known.fr ?? known.en) : known.en) : code;
  return `${name} (${nation})`;
}

/** An occupation by its title in the reader's language, or by its scheme and code when none is known. */
export function occupationLabel(occupation: { scheme: string; code: string; title: string | null }): string {
  return occupation.title ?? `${schemeName(occupation.scheme)} ${occupation.code}`;
}

export function schemeName(scheme: string): string {
  return { esco: 'ESCO', rome: 'ROME', onet: 'O*NET-SOC', noc: 'NOC/CNP' }[scheme] ?? scheme.toUpperCase();
}

/** A typical duration in the unit people think in: days under two weeks, weeks under two months, then months. */
export function formatDuration(days: number, locale: string): string {
  const unit = (value: number, name: 'day' | 'week' | 'month') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  if (days < 14) return unit(days, 'day');
  if (days < 60) return unit(Math.round(days / 7), 'week');
  return unit(Math.round(days / 30.4), 'month');
}

export function formatMoneyCents(cents: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

/** A median of days, to one decimal when it has one. */
export function formatDays(days: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(days);
}

/** The step's label in the interface language (the catalogue writes each in French and in English). */
export function stepLabel(step: { labelFr: string; labelEn: string }, language: string): string {
  return language.startsWith('fr') ? step.labelFr : step.labelEn;
}

/** The key a pathway's occupation is matched on: `onet:29-1141.00`. */
export const occupationKey = (scheme: string, code: string) => `${scheme}:${code.trim().toLowerCase()}`;

/**
 * Whether a pathway's occupation is the one searched: its ESCO id, or one of the ESCO occupation's codes
 * in ROME, O*NET-SOC or NOC (an O*NET code matches with or without its `.00` detail).
 */
export function matchesOccupation(
  occupation: { scheme: string; code: string },
  searched: ReadonlySet<string>,
): boolean {
  const key = occupationKey(occupation.scheme, occupation.code);
  if (searched.has(key)) return true;
  if (occupation.scheme !== 'onet') return false;
  const base = key.replace(/\.00$/, '');
  return searched.has(base) || searched.has(`${base}.00`);
}

/** The codes an ESCO occupation is searched by: its own id and its equivalents. */
export function searchedOccupationKeys(
  escoId: string,
  equivalents: readonly { scheme: string; code: string }[],
): Set<string> {
  return new Set([
    occupationKey('esco', escoId),
    ...equivalents.map((equivalent) => occupationKey(equivalent.scheme, equivalent.code)),
  ]);
}

interface CostedStep {
  id: string;
  status: string;
  actualCostCents: number | null;
  typicalCostCents: number | null;
  currency: string;
  financing: unknown;
}

/** What a step costs for financing: what it actually cost when known, else its typical cost. */
export function stepCostCents(step: Pick<CostedStep, 'actualCostCents' | 'typicalCostCents'>): number {
  return step.actualCostCents ?? step.typicalCostCents ?? 0;
}

/** Steps a loan of the fund may still pay: not financed, not waived or failed, with a cost in its currency. */
export function financeableSteps<S extends CostedStep>(steps: readonly S[], currency: string): S[] {
  return steps.filter(
    (step) =>
      step.financing === null &&
      step.status !== 'waived' &&
      step.status !== 'failed' &&
      step.currency === currency &&
      stepCostCents(step) > 0,
  );
}

/** The sum asked of the fund for the chosen steps. */
export function financingSum(steps: readonly CostedStep[], chosen: ReadonlySet<string>): number {
  return steps.filter((step) => chosen.has(step.id)).reduce((sum, step) => sum + stepCostCents(step), 0);
}
