/**
 * Cyrillic names in Latin letters, as most French and English administrations write them ("Олександр
 * Шевченко" → "oleksandr shevchenko"), so that a name typed in Cyrillic finds a file opened with its
 * Latin spelling only. Close enough for trigram similarity, not a standard: Russian and Ukrainian
 * differ (г is g or h) and a letter of difference is within the search's tolerance. Other scripts are
 * left as they are (Arabic writes few vowels: a letter-by-letter reading would mislead more than help).
 */
const cyrillic: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ye',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** The text with its Cyrillic letters in Latin ones (lower case); null when it has none. */
export function latinFromCyrillic(text: string): string | null {
  const lower = text.normalize('NFC').toLowerCase();
  if (!/\p{Script=Cyrillic}/u.test(lower)) return null;
  return [...lower].map((letter) => cyrillic[letter] ?? letter).join('');
}
