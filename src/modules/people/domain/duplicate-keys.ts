import type { PersonNames } from './duplicate-names.js';
import { type ComparablePerson, normalizedEmail, phoneTail } from './duplicate-score.js';
import { nameSkeleton } from './name-readings.js';

/**
 * Blocking keys: two files are compared (scored) only when they share one of these, so that a new
 * person is compared with a few dozen files out of a million, not all of them. A key is a short text:
 * - `e:` the e-mail, `p:` the phone's last nine digits;
 * - `n:` the skeleton of one name's reading with the first two letters of the other's, both ways, for
 *   every reading in every script: "Yuriy Ivanov" and "Юрий Иванов" share one, and so do a name with a
 *   typo past its second letter and names entered the wrong way round;
 * - `d:` the birth date with day and month in order (a swapped date gives the same key) and the first
 *   two letters of one name's skeleton: a typo anywhere else in the name still meets.
 * What no key catches is a name with a typo together with a birth date off by more than a swap: the
 * evaluation measures how often (docs/duplicates.md).
 */
/** Readings of one name made into keys: enough for the variant lists' usual spellings of a name. */
const keyedReadings = 8;

/**
 * The skeletons of one name's readings that make keys. A one-letter skeleton counts: "Ye", "Yi" and
 * "Эж" all come down to "i", and a person called so must still meet her other file.
 */
export function keyedSkeletonsOf(spellings: PersonNames['given']): string[] {
  const found = new Set<string>();
  for (const tokens of spellings)
    for (const token of tokens)
      for (const reading of [...token.readings, ...token.related]) {
        const skeleton = nameSkeleton(reading);
        if (skeleton.length > 0) found.add(skeleton);
      }
  return [...found].slice(0, keyedReadings);
}

export function duplicateKeysOf(person: ComparablePerson, names: PersonNames): string[] {
  const keys = new Set<string>();
  const email = normalizedEmail(person.email);
  if (email) keys.add(`e:${email}`);
  const phone = phoneTail(person.phone);
  if (phone) keys.add(`p:${phone}`);
  const given = keyedSkeletonsOf(names.given);
  const family = keyedSkeletonsOf(names.family);
  // Each name whole with the other's first two letters, both ways: a typo further in one of the names
  // still meets, and so do names entered the wrong way round.
  for (const f of family)
    for (const g of given) {
      keys.add(`n:${f}|${g.slice(0, 2)}`);
      keys.add(`n:${g}|${f.slice(0, 2)}`);
    }
  // Only one of the names known: the family name alone (or the given name alone) is the key.
  if (given.length === 0) for (const f of family) keys.add(`n:${f}`);
  if (family.length === 0) for (const g of given) keys.add(`n:${g}`);
  const date = person.birthDate;
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const [year, month, day] = date.split('-') as [string, string, string];
    const ordered = month < day ? `${year}-${month}-${day}` : `${year}-${day}-${month}`;
    for (const skeleton of [...given, ...family]) keys.add(`d:${ordered}|${skeleton.slice(0, 2)}`);
  }
  return [...keys];
}
