import { type PersonNames, personNamesOf } from './duplicate-names.js';
import {
  type ComparablePerson,
  type DuplicateScore,
  duplicateWeights,
  evidenceBesideNames,
  scoreReadPeople,
  type ThresholdFacts,
  thresholdFactsOf,
} from './duplicate-score.js';
import type { NameToken } from './name-readings.js';
import type { NameVariants } from './name-variants.js';
import { type NamesBoundFacts, namesBoundFactsOf, namesEvidenceAtMost } from './names-bound.js';

/** The score is rounded to hundredths before the threshold: a bound keeps this much room under it. */
const roundingRoom = 0.01;

/**
 * Scores the pairs of a batch run (over an organization or a consortium), setting aside without
 * comparing names the pairs that cannot reach the threshold: first on e-mail, phone, birth date and
 * sex with equal names (most pairs sharing a name key were born on other days), then with the most
 * their names' letters allow (`namesEvidenceAtMost`: most pairs sharing a birth date and a name's first
 * letters have other names). Each file's names are read once, on its first pair that needs them, and
 * each name word once per run. Answers the rule's score for a possible duplicate, null otherwise: the
 * same pairs as scoring them all.
 */
export function batchPairScorer(variants: NameVariants) {
  const weights = duplicateWeights;
  const tokens = new Map<string, NameToken>();
  const texts = new Map<string, NameToken[]>();
  const read = new Map<
    ComparablePerson,
    { names?: PersonNames; bound?: NamesBoundFacts; facts: ThresholdFacts }
  >();
  const readOf = (person: ComparablePerson) => {
    let file = read.get(person);
    if (!file) {
      file = { facts: thresholdFactsOf(person) };
      read.set(person, file);
    }
    return file;
  };
  const namesOf = (file: ReturnType<typeof readOf>, person: ComparablePerson) => {
    file.names ??= personNamesOf(person, variants, tokens, texts);
    return file.names;
  };
  const boundOf = (file: ReturnType<typeof readOf>, person: ComparablePerson) => {
    file.bound ??= namesBoundFactsOf(namesOf(file, person));
    return file.bound;
  };
  const bestNames = weights.familyName.equal + weights.givenName.equal;
  let setAsideOnNames = 0;
  return {
    score(a: ComparablePerson, b: ComparablePerson): DuplicateScore | null {
      const fileA = readOf(a);
      const fileB = readOf(b);
      const beside = evidenceBesideNames(fileA.facts, fileB.facts, weights);
      if (beside + bestNames < weights.threshold) return null;
      const names = namesEvidenceAtMost(boundOf(fileA, a), boundOf(fileB, b), weights);
      if (beside + names < weights.threshold - roundingRoom) {
        setAsideOnNames++;
        return null;
      }
      const score = scoreReadPeople(
        { person: a, names: namesOf(fileA, a) },
        { person: b, names: namesOf(fileB, b) },
        weights,
      );
      return score.possibleDuplicate ? score : null;
    },
    /** Pairs set aside on their names' letters (a test checks the bound is used). */
    get setAsideOnNames() {
      return setAsideOnNames;
    },
  };
}
