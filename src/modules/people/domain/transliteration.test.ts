import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latinFromCyrillic } from './transliteration.js';

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
