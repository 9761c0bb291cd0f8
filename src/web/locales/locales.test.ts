import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { immigrationStatuses } from '../../modules/people/domain/immigration-status.js';
import { ar, en, fr } from './all.js';

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

/**
 * Words written the same in English and in French: the only French texts allowed to equal the
 * English ones. Anything else identical is a text nobody translated.
 */
const sameInBothLanguages = new Set([
  'Action',
  'Actions',
  'Agenda',
  'Attestation',
  'CLB',
  'Code',
  'Consortium',
  'Contact',
  'Contacts',
  'CV',
  'Date',
  'Dates',
  'Description',
  'Document',
  'Documents',
  'E-mail',
  'e-mail',
  'Finances',
  'Format',
  'Message',
  'NCLC',
  'Note',
  'Notes',
  'Parent',
  'Participants',
  'Passerelle',
  'Plan',
  'Points',
  'Session',
  'Sessions',
  'Site',
  'Situation',
  'Total',
  'Tranche',
  'Transport',
  'Type',
  'Version',
]);

/** Keys present in one language and not the other, and French texts left as the English. */
function translationProblems(english: Map<string, string>, french: Map<string, string>) {
  const missing = [
    ...[...english.keys()].filter((key) => !french.has(key)).map((key) => `fr: ${key}`),
    ...[...french.keys()].filter((key) => !english.has(key)).map((key) => `en: ${key}`),
  ];
  const untranslated = [...english]
    .filter(([key, text]) => french.get(key) === text)
    // Language names are written in their own language (endonyms) whatever the interface's.
    .filter(([key]) => !key.startsWith('language.'))
    // Placeholders and punctuation only: nothing to translate.
    .filter(([, text]) => /\p{L}/u.test(text.replace(/\{\{\w+\}\}/g, '')))
    .filter(([, text]) => !sameInBothLanguages.has(text))
    .map(([key, text]) => `${key}: ${text}`);
  return { missing, untranslated };
}

describe('interface texts', () => {
  it('has every key in both English and French, and no French text left as the English', () => {
    expect(translationProblems(english, french)).toEqual({ missing: [], untranslated: [] });
  });

  it('catches a missing key and an untranslated word (the check itself)', () => {
    const en = new Map([
      ['a.title', 'Caseload'],
      ['a.gone', 'Only in English'],
      ['a.same', 'Documents'],
    ]);
    const fr = new Map([
      ['a.title', 'Caseload'],
      ['a.same', 'Documents'],
    ]);
    expect(translationProblems(en, fr)).toEqual({
      missing: ['fr: a.gone'],
      untranslated: ['a.title: Caseload'],
    });
  });

  it('names every immigration status in English and in French', () => {
    for (const status of immigrationStatuses) {
      expect(english.has(`status.${status}`), status).toBe(true);
      expect(french.get(`status.${status}`), status).not.toBe(english.get(`status.${status}`));
    }
  });

  it('translates the whole public Info-Emploi page into Arabic', () => {
    for (const key of english.keys())
      if (key.startsWith('sessions.frontDoor.')) expect(arabic.has(key), key).toBe(true);
  });

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
