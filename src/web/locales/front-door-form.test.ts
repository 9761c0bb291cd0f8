import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontDoorFormAr } from './front-door-form.ar.js';
import { frontDoorFormEn } from './front-door-form.en.js';
import { frontDoorFormEs } from './front-door-form.es.js';
import { frontDoorFormFr } from './front-door-form.fr.js';

function flatten(value: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof inner === 'string') out.set(path, inner);
    else for (const [k, v] of flatten(inner as object, path)) out.set(k, v);
  }
  return out;
}

const languages = {
  en: flatten(frontDoorFormEn),
  fr: flatten(frontDoorFormFr),
  ar: flatten(frontDoorFormAr),
  es: flatten(frontDoorFormEs),
};
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** The front door's public page speaks four languages of its own (pages/front-door-form). */
describe('the front door page texts', () => {
  for (const [language, texts] of Object.entries(languages))
    it(`has every key of the English one in ${language}, no other, none empty, the same placeholders`, () => {
      expect([...languages.en.keys()].filter((key) => !texts.has(key))).toEqual([]);
      expect([...texts.keys()].filter((key) => !languages.en.has(key))).toEqual([]);
      for (const [key, text] of texts) {
        expect(text.trim(), `${language}: ${key}`).not.toBe('');
        expect(placeholders(text), `${language}: ${key}`).toEqual(placeholders(languages.en.get(key) ?? ''));
      }
    });

  it('writes Arabic in Arabic script, and translates French and Spanish', () => {
    for (const [key, text] of languages.ar)
      if (/\p{L}/u.test(text.replace(/\{\{\w+\}\}/g, ''))) expect(text, key).toMatch(/\p{Script=Arabic}/u);
    for (const language of ['fr', 'es'] as const) {
      const same = [...languages.en].filter(
        ([key, text]) => text.includes(' ') && languages[language].get(key) === text,
      );
      expect(same.map(([key]) => key)).toEqual([]);
    }
  });

  it('has every key the page uses', () => {
    const folder = join(import.meta.dirname, '..', 'pages', 'front-door-form');
    const used = new Set<string>();
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.tsx') || f.endsWith('.ts')))
      for (const match of readFileSync(join(folder, file), 'utf8').matchAll(
        /(?:t\(\s*'frontDoorForm\.|k\(')([a-zA-Z.]+)'/g,
      ))
        used.add(match[1] as string);
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !languages.en.has(key))).toEqual([]);
  });
});
