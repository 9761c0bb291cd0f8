import type { CriterionOutcome } from './criteria.js';

/**
 * A language level against the level an offer requires. Levels on the same scale are compared step by
 * step; CEFR against the Canadian benchmarks (CLB in English, NCLC in French) goes through the
 * indicative bands of the CCLB's comparison of the two frameworks (no official table is published),
 * and the reason then says that the comparison is approximate.
 */
export type LanguageScale = 'cefr' | 'clb' | 'nclc';

export interface LanguageLevel {
  language: string;
  scale: LanguageScale | null;
  level: string | null;
  skill: 'overall' | 'listening' | 'speaking' | 'reading' | 'writing' | null;
}

export interface LanguageRequirement {
  language: string;
  scale: LanguageScale;
  level: string;
}

const cefrOrder = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

function stepOnScale(scale: LanguageScale, level: string): number | null {
  if (scale === 'cefr') {
    const index = cefrOrder.indexOf(level.toUpperCase());
    return index < 0 ? null : index + 1;
  }
  const value = Number(level);
  return Number.isInteger(value) && value >= 1 && value <= 12 ? value : null;
}

/** CLB/NCLC 1–2 ≈ A1, 3–4 ≈ A2, 5–6 ≈ B1, 7–8 ≈ B2, 9–10 ≈ C1, 11–12 ≈ C2. */
function cefrStep(scale: LanguageScale, step: number): number {
  return scale === 'cefr' ? step : Math.ceil(step / 2);
}

/** One step below on the CEFR, or up to two benchmarks below on CLB/NCLC, is "nearly there". */
function nearlyThere(scale: LanguageScale, gap: number): boolean {
  return scale === 'cefr' ? gap <= 1 : gap <= 2;
}

/**
 * The person's level in a language: the overall level if one was assessed, otherwise the weakest of the
 * skills assessed (a job needs all four), on the scale that can be compared with the requirement.
 */
function personLevel(levels: readonly LanguageLevel[], requirement: LanguageRequirement) {
  const known = levels
    .filter((l) => l.language === requirement.language && l.scale && l.level)
    .map((l) => ({ ...l, step: stepOnScale(l.scale as LanguageScale, l.level as string) }))
    .filter((l): l is typeof l & { step: number; scale: LanguageScale } => l.step !== null);
  if (known.length === 0) return null;
  const sameScale = known.filter((l) => sameFamily(l.scale, requirement.scale));
  const pool = sameScale.length > 0 ? sameScale : known;
  const overall = pool.filter((l) => l.skill === 'overall' || l.skill === null);
  const chosen = (overall.length > 0 ? overall : pool).reduce((weakest, l) =>
    cefrStep(l.scale, l.step) < cefrStep(weakest.scale, weakest.step) ? l : weakest,
  );
  return chosen;
}

/** CLB and NCLC are the same benchmarks in English and French. */
function sameFamily(a: LanguageScale, b: LanguageScale): boolean {
  return a === b || (a !== 'cefr' && b !== 'cefr');
}

export function languageFit(
  requirement: LanguageRequirement | null,
  levels: readonly LanguageLevel[],
): CriterionOutcome {
  if (!requirement) return { criterion: 'language', notApplicable: true };
  const required = stepOnScale(requirement.scale, requirement.level);
  if (required === null) return { criterion: 'language', notApplicable: true };
  const base = {
    language: requirement.language,
    required: requirement.level,
    requiredScale: requirement.scale,
  };
  const level = personLevel(levels, requirement);
  if (!level) return { criterion: 'language', fit: null, reason: 'language_level_unknown', params: base };
  const approximate = !sameFamily(level.scale, requirement.scale);
  const gap = approximate
    ? cefrStep(requirement.scale, required) - cefrStep(level.scale, level.step)
    : required - level.step;
  const params = { ...base, level: level.level as string, scale: level.scale, approximate };
  if (gap <= 0) return { criterion: 'language', fit: 1, reason: 'language_meets', params };
  const close = approximate ? gap <= 1 : nearlyThere(requirement.scale, gap);
  return close
    ? { criterion: 'language', fit: 0.5, reason: 'language_nearly', params }
    : { criterion: 'language', fit: 0, reason: 'language_below', params };
}
