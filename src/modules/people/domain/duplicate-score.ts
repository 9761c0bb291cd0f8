import { compareNames, type NameMatch, type PersonNames, personNamesOf } from './duplicate-names.js';
import type { NameVariants } from './name-variants.js';

/** What two files are compared on; every field may be missing. */
export interface ComparablePerson {
  givenName?: string | null;
  familyName?: string | null;
  givenNameOriginal?: string | null;
  familyNameOriginal?: string | null;
  /** 'YYYY-MM-DD'. */
  birthDate?: string | null;
  phone?: string | null;
  email?: string | null;
  sex?: 'female' | 'male' | 'other' | null;
}

/** Why two files may be the same person (or why not), strongest first; the web app words them. */
export const duplicateReasons = [
  'same_email',
  'same_phone',
  'name_equal',
  'name_equal_across_scripts',
  'name_variant',
  'name_similar',
  'names_swapped',
  'birth_date_equal',
  'birth_date_day_month_swapped',
  'birth_date_year_off_by_one',
  'birth_date_one_digit_off',
  'birth_date_differs',
  'name_differs',
  'sex_differs',
] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

/**
 * Evidence weights, in the manner of Fellegi and Sunter: how much more often each agreement is seen
 * between two files of one person than between two files of different people (log scale, about
 * log2 of the odds). Tuned on the tuning parts of the evaluation sets only (docs/duplicates.md).
 */
export const duplicateWeights = {
  email: 7,
  phone: 6,
  familyName: { equal: 4.5, variant: 4, similarAtBest: 3, similarFloor: 0.86, differs: -3.5 },
  givenName: { equal: 3.5, variant: 3, similarAtBest: 2.5, similarFloor: 0.86, differs: -2.5 },
  birthDate: { equal: 4, swapped: 2.5, yearOffByOne: 2, oneDigitOff: 1.5, differs: -4 },
  sexDiffers: -3,
  /** A possible duplicate from this score on. */
  threshold: 5.5,
};
export type DuplicateWeights = typeof duplicateWeights;

export interface DuplicateScore {
  score: number;
  possibleDuplicate: boolean;
  reasons: DuplicateReason[];
}

/** The last nine digits: "+33 6 12 34 56 78" and "06 12 34 56 78" are the same line. Too short: none. */
export function phoneTail(phone: string | null | undefined): string | null {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 8 ? digits.slice(-9) : null;
}

export function normalizedEmail(email: string | null | undefined): string | null {
  const trimmed = (email ?? '').trim().toLowerCase();
  return /^[^@\s]+@[^@\s]+$/.test(trimmed) ? trimmed : null;
}

type DateAgreement = 'equal' | 'swapped' | 'yearOffByOne' | 'oneDigitOff' | 'differs' | null;

/** 'YYYY-MM-DD' in digits: compared character by character (a batch run compares millions). */
function isDigitDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    const code = text.charCodeAt(i);
    if (i !== 4 && i !== 7 && (code < 48 || code > 57)) return false;
  }
  return true;
}

function compareDigitDates(a: string, b: string): Exclude<DateAgreement, 'equal' | null> {
  const same = (i: number, j = i) => a.charCodeAt(i) === b.charCodeAt(j);
  const sameYear = same(0) && same(1) && same(2) && same(3);
  if (sameYear && same(5, 8) && same(6, 9) && same(8, 5) && same(9, 6)) return 'swapped';
  if (same(5) && same(6) && same(8) && same(9)) {
    const year = (t: string) =>
      (t.charCodeAt(0) - 48) * 1000 +
      (t.charCodeAt(1) - 48) * 100 +
      (t.charCodeAt(2) - 48) * 10 +
      t.charCodeAt(3) -
      48;
    if (Math.abs(year(a) - year(b)) === 1) return 'yearOffByOne';
  }
  let different = 0;
  for (let i = 0; i < 10; i++) if (!same(i)) different++;
  return different === 1 ? 'oneDigitOff' : 'differs';
}

/** How two birth dates agree: a typed date is often off by a digit, a year, or day and month swapped. */
export function compareBirthDates(a: string | null | undefined, b: string | null | undefined): DateAgreement {
  if (!a || !b) return null;
  if (a === b) return 'equal';
  return isDigitDate(a) && isDigitDate(b) ? compareDigitDates(a, b) : compareBirthDatesByParts(a, b);
}

/** The same, by year, month and day: the definition, and the way for dates not in YYYY-MM-DD digits. */
export function compareBirthDatesByParts(a: string, b: string): Exclude<DateAgreement, null> {
  if (a === b) return 'equal';
  const [ya, ma, da] = a.split('-');
  const [yb, mb, db] = b.split('-');
  if (ya === yb && ma === db && da === mb) return 'swapped';
  if (ma === mb && da === db && Math.abs(Number(ya) - Number(yb)) === 1) return 'yearOffByOne';
  const digitsA = a.replace(/-/g, '');
  const digitsB = b.replace(/-/g, '');
  let different = 0;
  for (let i = 0; i < digitsA.length; i++) if (digitsA[i] !== digitsB[i]) different++;
  return different === 1 ? 'oneDigitOff' : 'differs';
}

function nameEvidence(match: NameMatch | null, weights: DuplicateWeights['familyName']): number {
  if (!match || match.kind === 'initial') return 0;
  if (match.kind === 'equal' || match.kind === 'equal_across_scripts') return weights.equal;
  if (match.kind === 'variant') return weights.variant;
  if (match.similarity < weights.similarFloor) return weights.differs;
  // From the floor (no evidence) to nearly equal (the best a typo earns), in a straight line.
  return (weights.similarAtBest * (match.similarity - weights.similarFloor)) / (1 - weights.similarFloor);
}

const nameReasonOf: Record<NameMatch['kind'], DuplicateReason> = {
  equal: 'name_equal',
  equal_across_scripts: 'name_equal_across_scripts',
  variant: 'name_variant',
  similar: 'name_similar',
  initial: 'name_similar',
};
const nameStrength: NameMatch['kind'][] = ['equal', 'equal_across_scripts', 'variant', 'similar', 'initial'];

/**
 * The score from which a probe that knows little (a family name alone, an initial and a phone) shows a
 * file: three quarters of what the probe could score at best, and never more than the threshold. What
 * the person typing has not given yet can neither confirm nor deny.
 */
export function probeThreshold(
  probe: ComparablePerson,
  names: PersonNames,
  weights: DuplicateWeights = duplicateWeights,
) {
  const named = (spellings: PersonNames['given']) =>
    spellings.some((tokens) => tokens.some((t) => t.folded.length > 1));
  const best =
    (normalizedEmail(probe.email) ? weights.email : 0) +
    (phoneTail(probe.phone) ? weights.phone : 0) +
    (named(names.family) ? weights.familyName.equal : 0) +
    (named(names.given) ? weights.givenName.equal : 0) +
    (probe.birthDate ? weights.birthDate.equal : 0);
  return Math.min(weights.threshold, 0.75 * best);
}

/** Scores two people already read (`personNamesOf`): what the batch run and the intake call many times. */
export function scoreReadPeople(
  a: { person: ComparablePerson; names: PersonNames },
  b: { person: ComparablePerson; names: PersonNames },
  weights: DuplicateWeights = duplicateWeights,
): DuplicateScore {
  const reasons: DuplicateReason[] = [];
  let score = 0;
  const emailA = normalizedEmail(a.person.email);
  if (emailA && emailA === normalizedEmail(b.person.email)) {
    score += weights.email;
    reasons.push('same_email');
  }
  const phoneA = phoneTail(a.person.phone);
  if (phoneA && phoneA === phoneTail(b.person.phone)) {
    score += weights.phone;
    reasons.push('same_phone');
  }
  const names = compareNames(a.names, b.names);
  const family = nameEvidence(names.family, weights.familyName);
  const given = nameEvidence(names.given, weights.givenName);
  score += family + given;
  const agreeing = [names.family, names.given].filter(
    (match, i): match is NameMatch => match !== null && [family, given][i]! > 0,
  );
  if (agreeing.length > 0) {
    const weakest = agreeing
      .map((match) => match.kind)
      .sort((x, y) => nameStrength.indexOf(y) - nameStrength.indexOf(x))[0]!;
    reasons.push(nameReasonOf[weakest]);
    if (names.swapped) reasons.push('names_swapped');
  }
  if (family < 0 || given < 0) reasons.push('name_differs');
  const dates = compareBirthDates(a.person.birthDate, b.person.birthDate);
  if (dates) {
    score += weights.birthDate[dates];
    reasons.push(
      dates === 'equal'
        ? 'birth_date_equal'
        : dates === 'swapped'
          ? 'birth_date_day_month_swapped'
          : dates === 'yearOffByOne'
            ? 'birth_date_year_off_by_one'
            : dates === 'oneDigitOff'
              ? 'birth_date_one_digit_off'
              : 'birth_date_differs',
    );
  }
  if (a.person.sex && b.person.sex && a.person.sex !== b.person.sex) {
    score += weights.sexDiffers;
    reasons.push('sex_differs');
  }
  const rounded = Math.round(score * 100) / 100;
  return {
    score: rounded,
    possibleDuplicate: rounded >= weights.threshold,
    reasons: duplicateReasons.filter((reason) => reasons.includes(reason)),
  };
}

/** What `mayReachThreshold` compares of a file, prepared once: the e-mail normalized, the phone's tail. */
export interface ThresholdFacts {
  email: string | null;
  phone: string | null;
  birthDate: string | null;
  sex: string | null;
}

export function thresholdFactsOf(person: ComparablePerson): ThresholdFacts {
  return {
    email: normalizedEmail(person.email),
    phone: phoneTail(person.phone),
    birthDate: person.birthDate ?? null,
    sex: person.sex ?? null,
  };
}

/** What e-mail, phone, birth date and sex add to two files' score (everything but the names). */
export function evidenceBesideNames(
  a: ThresholdFacts,
  b: ThresholdFacts,
  weights: DuplicateWeights = duplicateWeights,
): number {
  let evidence = 0;
  if (a.email && a.email === b.email) evidence += weights.email;
  if (a.phone && a.phone === b.phone) evidence += weights.phone;
  const dates = compareBirthDates(a.birthDate, b.birthDate);
  if (dates) evidence += weights.birthDate[dates];
  if (a.sex && b.sex && a.sex !== b.sex) evidence += weights.sexDiffers;
  return evidence;
}

/**
 * Whether two files could reach the threshold at all: everything but the names (e-mail, phone, birth
 * date, sex: cheap) plus the most the names could add (both equal). False means `scoreReadPeople` would
 * say "not a possible duplicate", so a batch run sets the pair aside without reading the names — most
 * pairs sharing a name key were born on other days. Never false for a pair the rule takes for one person.
 */
export function mayReachThreshold(
  a: ThresholdFacts,
  b: ThresholdFacts,
  weights: DuplicateWeights = duplicateWeights,
): boolean {
  return (
    evidenceBesideNames(a, b, weights) + weights.familyName.equal + weights.givenName.equal >=
    weights.threshold
  );
}

/** Whether two people's files may be the same person, with the evidence for and against. */
export function scoreDuplicate(
  a: ComparablePerson,
  b: ComparablePerson,
  variants: NameVariants,
  weights: DuplicateWeights = duplicateWeights,
): DuplicateScore {
  return scoreReadPeople(
    { person: a, names: personNamesOf(a, variants) },
    { person: b, names: personNamesOf(b, variants) },
    weights,
  );
}
