import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latinFromArabic, latinFromCyrillic, latinFromEthiopic } from './transliteration.js';

describe('Cyrillic names in Latin letters', () => {
  it('writes Ukrainian and Russian names as administrations usually do', () => {
    expect(latinFromCyrillic('Олександр Шевченко')).toBe('oleksandr shevchenko');
    expect(latinFromCyrillic('Марія Коваленко')).toBe('mariya kovalenko');
    expect(latinFromCyrillic('Юлія Щербак')).toBe('yuliya shcherbak');
  });

  it('leaves text without Cyrillic alone', () => {
    expect(latinFromCyrillic('Amina Haddad')).toBeNull();
    expect(latinFromCyrillic('أمينة')).toBeNull();
  });

  it('never leaves a Cyrillic letter of the Russian and Ukrainian alphabets behind', () => {
    const letters = [...'абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...letters, ...letters.map((l) => l.toUpperCase()), ' ')),
        (chars) => {
          const result = latinFromCyrillic(chars.join(''));
          if (result !== null) expect(/\p{Script=Cyrillic}/u.test(result)).toBe(false);
        },
      ),
    );
  });
});

describe("Ge'ez and Arabic names in Latin letters", () => {
  it("reads Ge'ez syllables as passports usually write them", () => {
    expect(latinFromEthiopic('ተስፋዬ')).toBe('tesfaye');
    expect(latinFromEthiopic('አበበ ደስታ')).toBe('abebe desta');
    expect(latinFromEthiopic('ኃይሌ')).toBe('hayle');
    expect(latinFromEthiopic('Abebe')).toBeNull();
  });

  it('reads Arabic letters as their consonants and long vowels', () => {
    expect(latinFromArabic('محمد')).toBe('mhmd');
    expect(latinFromArabic('يوسف')).toBe('yusf');
    expect(latinFromArabic('فاطمة')).toBe('fatma');
    expect(latinFromArabic('Amina')).toBeNull();
  });

  it("never leaves a Ge'ez or Arabic letter behind", () => {
    const ethiopic = Array.from({ length: 0x135a - 0x1200 }, (_, i) => String.fromCodePoint(0x1200 + i));
    const arabic = [...'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ethiopic, ' ')),
        fc.array(fc.constantFrom(...arabic, ' ')),
        (e, a) => {
          expect(/\p{Script=Ethiopic}/u.test(latinFromEthiopic(e.join('')) ?? '')).toBe(false);
          expect(/\p{Script=Arabic}/u.test(latinFromArabic(a.join('')) ?? '')).toBe(false);
        },
      ),
    );
  });
});
