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

/**
 * Ge'ez (Ethiopic) syllables in Latin letters, as Ethiopian and Eritrean names are usually written in
 * passports ("ተስፋዬ ገብረመድኅን" → "tesfaye gebremedhn"): each syllable is a consonant row and a vowel order.
 * The sixth order (ə) is mostly silent and written without a vowel. Labialized rows read "w" + vowel.
 */
// The consonant of each row of eight syllables from U+1200 (ሀ) to U+1357 (ፗ), in order; '-' a glottal row.
const ethiopicRows =
  'h l h m s r s sh q qw q qw b v t ch h hw n ny - k kw kh khw w - z zh y d d j g gw g t ch p ts ts f p'
    .split(' ')
    .map((consonant) => (consonant === '-' ? '' : consonant));
/** ä, u, i, a, e, ə, o, wa. A syllable of the glottal rows (አ, ዐ) is its vowel alone, ä read "a". */
const ethiopicVowels = ['e', 'u', 'i', 'a', 'e', '', 'o', 'wa'];

/** The text with its Ge'ez syllables in Latin letters (lower case); null when it has none. */
export function latinFromEthiopic(text: string): string | null {
  const lower = text.normalize('NFC').toLowerCase();
  if (!/\p{Script=Ethiopic}/u.test(lower)) return null;
  let latin = '';
  for (const letter of lower) {
    const code = letter.codePointAt(0)!;
    const row = code >= 0x1200 && code <= 0x1357 ? ethiopicRows[(code - 0x1200) >> 3] : undefined;
    if (row === undefined) {
      latin += /\p{Script=Ethiopic}/u.test(letter) ? '' : letter;
      continue;
    }
    const order = code & 7;
    // The first order of the glottal and h rows (አ, ሀ, ሐ, ኀ) is said "a": Abebe, Hailu, Yohannes.
    const vowel = order === 0 && (row === '' || row === 'h') ? 'a' : ethiopicVowels[order]!;
    latin += `${row}${vowel}`;
  }
  return latin;
}

/**
 * Arabic letters in Latin ones, the consonants and long vowels only (Arabic writes few short vowels):
 * "محمد" → "mhmd", "يوسف" → "yusf". Never a spelling to show: a skeleton to compare with the consonants
 * of a Latin spelling when the name is not in the variant lists.
 */
const arabic: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ء: '',
  ؤ: 'u',
  ئ: 'i',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ک: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'u',
  ي: 'i',
  ى: 'a',
  ی: 'i',
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
};

/** The text's Arabic letters in Latin ones (lower case, diacritics dropped); null when it has none. */
export function latinFromArabic(text: string): string | null {
  const normalized = text.normalize('NFC');
  if (!/\p{Script=Arabic}/u.test(normalized)) return null;
  const letters = [...normalized];
  return letters
    .map((letter, i) => {
      // Yāʾ and wāw open a word as consonants: يوسف "yusf", وليد "wlid".
      const opensWord = i === 0 || !/\p{L}/u.test(letters[i - 1]!);
      if (opensWord && letter === 'ي') return 'y';
      if (opensWord && letter === 'و') return 'w';
      return arabic[letter] ?? (/\p{Script=Arabic}/u.test(letter) ? '' : letter.toLowerCase());
    })
    .join('');
}
