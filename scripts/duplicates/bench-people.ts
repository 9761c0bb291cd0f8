import type { ComparablePerson } from '../../src/modules/people/domain/duplicate-score.js';
import type { NameVariantEntry } from '../../src/modules/people/domain/name-variants.js';
import type { randomOf } from './cross-script-set.js';

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A person for the benchmark's data set: names drawn from the variant lists (Arabic or Cyrillic, written
 * in Latin, with the original script one time in two), a birth date, a phone one time in two, an e-mail
 * one time in three. The `n`th person's phone and e-mail are unique to them.
 */
export function scriptsPerson(
  entries: readonly NameVariantEntry[],
  random: ReturnType<typeof randomOf>,
  n: number,
): ComparablePerson {
  const given = random.pick(entries);
  const family = random.pick(entries);
  const original = random.chance(0.5);
  return {
    givenName: capitalized(random.pick(given.latin)),
    familyName: capitalized(random.pick(family.latin)),
    givenNameOriginal: original ? given.token : null,
    familyNameOriginal: original ? family.token : null,
    birthDate: `${random.int(1955, 2007)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
    phone: random.chance(0.5) ? `+33 6 ${String(10_000_000 + n).padStart(8, '0')}` : null,
    email: random.chance(0.33) ? `person.${n}@example.test` : null,
  };
}
