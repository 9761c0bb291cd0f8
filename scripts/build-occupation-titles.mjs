#!/usr/bin/env node
// Rebuilds reference-data/occupations/titles.tsv.gz, the job titles occupation search reads besides
// ESCO's own labels (reference-data/esco/labels.tsv.gz): ESCO's Dutch labels, ROME's titles and
// appellations (French), O*NET-SOC's titles, alternate and reported titles (English), and NOC 2021's
// unit group and example titles (English and French). Give the folder that holds the sources listed in
// reference-data/README.md (with the esco/, rome/, onet/ and noc/ sub-folders):
//   node scripts/build-occupation-titles.mjs <source folder>
// The output is sorted, so an unchanged source gives identical files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/build-occupation-titles.mjs <source folder>');
  process.exit(1);
}
const rows = (path) =>
  parse(readFileSync(join(source, path), 'utf8'), { columns: true, skip_empty_lines: true });
const clean = (text) =>
  String(text ?? '')
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * French titles are written "masculine / feminine" (ROME: "Infirmier / Infirmière aide opératoire",
 * NOC: "Directeur adjoint/directrice adjointe de centre"), the complement once after the feminine. The
 * two forms, each whole ("Infirmier aide opératoire", "Infirmière aide opératoire"), or null when the
 * title is not one such pair (no slash, or several).
 */
function genderedForms(title) {
  const parts = title.split('/');
  if (parts.length !== 2) return null;
  const masculine = parts[0].trim().split(' ');
  const feminine = parts[1].trim().split(' ');
  if (!masculine[0] || !feminine[0]) return null;
  const complement = feminine.length > masculine.length ? feminine.slice(masculine.length) : [];
  const feminineForm = feminine.join(' ');
  return {
    masculine: [...masculine, ...complement].join(' '),
    feminine: feminineForm.charAt(0).toLocaleUpperCase('fr') + feminineForm.slice(1),
  };
}

const lines = [];
/** A title, or for a gendered French title its two forms instead (or, for a preferred title, as well). */
function title(scheme, code, lang, type, text) {
  const label = clean(text);
  if (!code || label.length < 2) return;
  const forms = lang === 'fr' ? genderedForms(label) : null;
  if (!forms || type === 'preferred') lines.push([scheme, code, lang, type, label]);
  if (forms) {
    const partType = type === 'preferred' ? 'preferred_part' : 'alternative_part';
    lines.push(
      [scheme, code, lang, partType, forms.masculine],
      [scheme, code, lang, partType, forms.feminine],
    );
  }
}

// ESCO in Dutch (the other languages are in esco/labels.tsv.gz); hidden labels (misspellings) left out.
for (const r of rows('esco/esco_occupation_labels.csv'))
  if (r.lang === 'nl' && r.label_type !== 'hidden') title('esco', r.esco_id, 'nl', r.label_type, r.label);

for (const r of rows('rome/rome_codes.csv')) title('rome', r.code_rome, 'fr', 'preferred', r.libelle_rome);
for (const r of rows('rome/rome_appellations.csv')) {
  title('rome', r.code_rome, 'fr', 'alternative', r.libelle_appellation_long);
  if (r.libelle_appellation_court !== r.libelle_appellation_long)
    title('rome', r.code_rome, 'fr', 'alternative', r.libelle_appellation_court);
}

for (const r of rows('onet/onet_occupations.csv')) title('onet', r.onetsoc_code, 'en', 'preferred', r.title);
for (const r of rows('onet/onet_alternate_titles.csv')) {
  title('onet', r.onetsoc_code, 'en', 'alternative', r.alternate_title);
  if (r.short_title) title('onet', r.onetsoc_code, 'en', 'alternative', r.short_title);
}
for (const r of rows('onet/onet_reported_titles.csv'))
  title('onet', r.onetsoc_code, 'en', 'alternative', r.reported_title);

for (const r of rows('noc/noc2021_unit_groups.csv')) {
  const code = r.noc_code.padStart(5, '0');
  title('noc', code, 'en', 'preferred', r.title_en);
  title('noc', code, 'fr', 'preferred', r.title_fr);
}
for (const r of rows('noc/noc2021_example_titles.csv'))
  title('noc', r.noc_code.padStart(5, '0'), r.lang, 'alternative', r.title);

// One row per code, language and title: the strongest type when a title is both preferred and an example.
const strength = ['preferred', 'preferred_part', 'alternative', 'alternative_part'];
const kept = new Map();
for (const [scheme, code, lang, type, label] of lines) {
  const key = [scheme, code, lang, label].join('\t');
  const known = kept.get(key);
  if (!known || strength.indexOf(type) < strength.indexOf(known)) kept.set(key, type);
}
const body = [...kept]
  .map(([key, type]) => {
    const [scheme, code, lang, label] = key.split('\t');
    return [scheme, code, lang, type, label].join('\t');
  })
  .sort();
const out = new URL('../reference-data/occupations/', import.meta.url);
mkdirSync(out, { recursive: true });
const header = ['scheme', 'code', 'lang', 'label_type', 'label'].join('\t');
writeFileSync(new URL('titles.tsv.gz', out), gzipSync(`${header}\n${body.join('\n')}\n`, { level: 9 }));
console.log(`titles.tsv.gz: ${body.length} rows`);
