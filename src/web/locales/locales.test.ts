import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { immigrationStatuses } from '../../modules/people/domain/immigration-status.js';
import { ar, en, fr } from './all.js';
import { followUpFormAr } from './follow-up-form.ar.js';
import { followUpFormEn } from './follow-up-form.en.js';
import { followUpFormEs } from './follow-up-form.es.js';
import { followUpFormFa } from './follow-up-form.fa.js';
import { followUpFormFr } from './follow-up-form.fr.js';
import { followUpFormUk } from './follow-up-form.uk.js';

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
  'Administration',
  'Agenda',
  'Association',
  'Attestation',
  'Absent',
  'Bulletin',
  'CLB',
  'Code',
  'Consortium',
  'Contact',
  'Contacts',
  'CSV',
  'CV',
  'Date',
  'Dates',
  'Description',
  'Document',
  'Documents',
  'E-mail',
  'ESCO',
  'Excel',
  'e-mail',
  'Finances',
  'Format',
  'Message',
  'NCLC',
  'O*NET',
  'Note',
  'Notes',
  'Parent',
  'Participants',
  'Passerelle',
  'Plan',
  'ROME',
  'Points',
  'Service',
  'Session',
  'Sessions',
  'Site',
  'Situation',
  'Source',
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

  it("translates the partner network's public pages (registration, unsubscribing) into Arabic", () => {
    for (const key of english.keys())
      if (key.startsWith('network.public.')) expect(arabic.has(key), key).toBe(true);
  });

  it('has every literal key used by the web app in English and in French', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(import.meta.dirname, '..'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z.]+)'/g)) {
        used.add(match[1] as string);
      }
    }
    expect(used.size).toBeGreaterThan(100);
    // The follow-up form's keys are checked against its own six languages (below).
    const missing = [...used]
      .filter((key) => !key.startsWith('followUpForm.'))
      // The front door's public page too, against its own four languages (front-door-form.test.ts).
      .filter((key) => !key.startsWith('frontDoorForm.'))
      .filter((key) => !exists(english, key) || !exists(french, key));
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

/**
 * The public follow-up form after exit speaks six languages of its own (pages/follow-up-form): each
 * has every key of the English one and no other, the same placeholders, and is written in its script.
 */
const followUpForm = {
  en: flatten(followUpFormEn),
  fr: flatten(followUpFormFr),
  ar: flatten(followUpFormAr),
  uk: flatten(followUpFormUk),
  es: flatten(followUpFormEs),
  fa: flatten(followUpFormFa),
};

/** What a language of the form lacks or has in excess, against the English. */
function formKeyProblems(reference: Map<string, string>, language: Map<string, string>): string[] {
  return [
    ...[...reference.keys()].filter((key) => !language.has(key)).map((key) => `missing: ${key}`),
    ...[...language.keys()].filter((key) => !reference.has(key)).map((key) => `extra: ${key}`),
  ];
}

describe('the follow-up form texts', () => {
  for (const [language, texts] of Object.entries(followUpForm))
    it(`has every key of the English one in ${language}, and no other`, () => {
      expect(formKeyProblems(followUpForm.en, texts)).toEqual([]);
      for (const [key, text] of texts) expect(text.trim(), `${language}: ${key}`).not.toBe('');
    });

  it('catches a missing key (the check itself)', () => {
    const english = new Map([
      ['greeting', 'Hello {{firstName}}'],
      ['yes', 'Yes'],
    ]);
    expect(formKeyProblems(english, new Map([['greeting', 'Hola, {{firstName}}']]))).toEqual([
      'missing: yes',
    ]);
  });

  it('keeps the placeholders of the English in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [language, texts] of Object.entries(followUpForm))
      for (const [key, text] of followUpForm.en)
        expect(placeholders(texts.get(key) ?? ''), `${language}: ${key}`).toEqual(placeholders(text));
  });

  it('writes Arabic and Persian in Arabic script, Ukrainian in Cyrillic, and translates the others', () => {
    const scripts = { ar: /\p{Script=Arabic}/u, fa: /\p{Script=Arabic}/u, uk: /\p{Script=Cyrillic}/u };
    for (const [language, script] of Object.entries(scripts))
      for (const [key, text] of followUpForm[language as keyof typeof scripts])
        if (/\p{L}/u.test(text.replace(/\{\{\w+\}\}/g, '')))
          expect(text, `${language}: ${key}`).toMatch(script);
    // Persian letters Arabic does not use (پ چ ژ گ ک ی): Persian, not Arabic, is written.
    expect([...followUpForm.fa.values()].join(' ')).toMatch(/[پچژگکی]/);
    for (const language of ['fr', 'es'] as const) {
      const same = [...followUpForm.en].filter(
        ([key, text]) => text.includes(' ') && followUpForm[language].get(key) === text,
      );
      expect(same, language).toEqual([]);
    }
  });

  it('has every key the form names in every language', () => {
    const folder = join(import.meta.dirname, '..', 'pages', 'follow-up-form');
    const used = new Set<string>();
    for (const file of sourceFiles(folder))
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'followUpForm\.([a-zA-Z.]+)'/g))
        used.add(match[1] as string);
    expect(used.size).toBeGreaterThan(20);
    for (const [language, texts] of Object.entries(followUpForm))
      expect(
        [...used].filter((key) => !texts.has(key)),
        language,
      ).toEqual([]);
  });
});
