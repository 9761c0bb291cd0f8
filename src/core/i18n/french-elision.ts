/**
 * "de" before a French place or name: "de Toulouse", but "d’Albi", "d’Orléans", "d’Hyères" (the
 * preposition elides before a vowel and before most silent h's). Place names with an aspirated h
 * ("de Honfleur", "du Havre") are the exception this list keeps.
 */
const aspiratedH = ['honfleur', 'hazebrouck', 'hendaye', 'hagondange', 'haguenau', 'hayange'];

export function startsWithElidingSound(name: string): boolean {
  const letter = name
    .trim()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .charAt(0)
    .toLowerCase();
  if ('aeiouy'.includes(letter) && letter !== '') return true;
  if (letter !== 'h') return false;
  const plain = name
    .trim()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
  return !aspiratedH.some((word) => plain.startsWith(word));
}

/** "de Toulouse" / "d’Albi". */
export function deFrench(name: string): string {
  return startsWithElidingSound(name) ? `d’${name.trim()}` : `de ${name.trim()}`;
}
