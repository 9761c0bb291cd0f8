import { type PersonNames, personNamesOf } from './duplicate-names.js';
import {
  type ComparablePerson,
  type DuplicateScore,
  mayReachThreshold,
  scoreReadPeople,
  type ThresholdFacts,
  thresholdFactsOf,
} from './duplicate-score.js';
import type { NameToken } from './name-readings.js';
import type { NameVariants } from './name-variants.js';

/**
 * Scores the pairs of a batch run (over an organization or a consortium): a pair whose e-mail, phone,
 * birth date and sex leave it below the threshold even with equal names is set aside without reading
 * its names (`mayReachThreshold`: most pairs sharing a name key were born on other days); each file's
 * names are read once, on its first pair that needs them, and each name word once per run.
 * Answers the rule's score for a possible duplicate, null otherwise: the same pairs as scoring them all.
 */
export function batchPairScorer(variants: NameVariants) {
  const tokens = new Map<string, NameToken>();
  const read = new Map<ComparablePerson, { names?: PersonNames; facts: ThresholdFacts }>();
  const readOf = (person: ComparablePerson) => {
    let file = read.get(person);
    if (!file) {
      file = { facts: thresholdFactsOf(person) };
      read.set(person, file);
    }
    return file;
  };
  const namesOf = (person: ComparablePerson) => {
    const file = readOf(person);
    file.names ??= personNamesOf(person, variants, tokens);
    return file.names;
  };
  let setAside = 0;
  return {
    score(a: ComparablePerson, b: ComparablePerson): DuplicateScore | null {
      if (!mayReachThreshold(readOf(a).facts, readOf(b).facts)) {
        setAside++;
        return null;
      }
      const score = scoreReadPeople({ person: a, names: namesOf(a) }, { person: b, names: namesOf(b) });
      return score.possibleDuplicate ? score : null;
    },
    /** Pairs set aside by the bound, for the run's measurements. */
    get setAside() {
      return setAside;
    },
  };
}
