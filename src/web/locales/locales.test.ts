import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ar } from './ar.js';
import { en } from './en.js';
import { fr } from './fr.js';

function flatten(messages: object, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [nested, text] of flatten(value as object, path)) result.set(nested, text);
  }
  return result;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const english = flatten(en);
const french = flatten(fr);
const arabic = flatten(ar);

/** i18next plural forms: `key_one`, `key_other` answer for `key`. */
function exists(messages: Map<string, string>, key: string): boolean {
  return messages.has(key) || messages.has(`${key}_one`) || messages.has(`${key}_other`);
}

describe('interface texts', () => {
  it('has every literal key used by the web app in English and in French', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(import.meta.dirname, '..'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z.]+)'/g)) {
        used.add(match[1] as string);
      }
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((key) => !exists(english, key) || !exists(french, key));
    expect(missing).toEqual([]);
  });

  it('keeps placeholders identical across languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of english) {
      expect(placeholders(french.get(key) ?? ''), key).toEqual(placeholders(text));
      if (arabic.has(key)) expect(placeholders(arabic.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('translates the whole log-in and password pages into Arabic', () => {
    for (const key of english.keys()) {
      if (key.startsWith('login.') || key.startsWith('reset.')) expect(arabic.has(key), key).toBe(true);
    }
  });

  it('has no French text left identical to English by mistake in sentences', () => {
    const identical = [...english].filter(([key, text]) => text.includes(' ') && french.get(key) === text);
    expect(identical.map(([key]) => key)).toEqual([]);
  });
});
