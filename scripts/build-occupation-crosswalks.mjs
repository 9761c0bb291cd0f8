#!/usr/bin/env node
// Rebuilds reference-data/occupations/*.tsv.gz, the bridges between ESCO and the classifications
// employers and regulators use where our programs work: ROME (France), O*NET-SOC (United States) and
// NOC 2021 (Canada). The sources are the open files listed in reference-data/README.md; give the
// folder that holds them (with the esco/, rome/, onet/, noc/ and crosswalks/ sub-folders):
//   node scripts/build-occupation-crosswalks.mjs <source folder>
// The output is sorted, so an unchanged source gives identical files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/build-occupation-crosswalks.mjs <source folder>');
  process.exit(1);
}
const rows = (path) =>
  parse(readFileSync(join(source, path), 'utf8'), { columns: true, skip_empty_lines: true });
const escoId = (uri) => uri.match(/\/esco\/occupation\/([0-9a-f-]{36})$/)?.[1] ?? null;
const out = new URL('../reference-data/occupations/', import.meta.url);
mkdirSync(out, { recursive: true });
const clean = (text) =>
  String(text ?? '')
    .replace(/[\t\r\n]+/g, ' ')
    .trim();
function write(name, header, lines) {
  const body = [...new Set(lines.map((line) => line.map(clean).join('\t')))].sort();
  writeFileSync(new URL(name, out), gzipSync(`${header.join('\t')}\n${body.join('\n')}\n`, { level: 9 }));
  console.log(`${name}: ${body.length} rows`);
}

// ESCO's hierarchy: the occupation each occupation specialises (occupations under an ISCO group have none).
write(
  'esco_broader.tsv.gz',
  ['esco_id', 'broader_esco_id'],
  rows('esco/esco_broader_relations.csv')
    .filter((r) => r.concept_type === 'Occupation' && r.broader_type === 'Occupation')
    .map((r) => [escoId(r.concept_uri), escoId(r.broader_uri)])
    .filter(([a, b]) => a && b),
);

// One strength per (ESCO occupation, code): the strongest SKOS relation of the rows that link them.
const strength = ['exactMatch', 'closeMatch', 'narrowMatch', 'broadMatch', 'viaOnet'];
const links = new Map();
function link(id, scheme, code, relation) {
  if (!id || !code) return;
  const key = `${id}\t${scheme}\t${code}`;
  const known = links.get(key);
  if (!known || strength.indexOf(relation) < strength.indexOf(known)) links.set(key, relation);
}
for (const r of rows('crosswalks/esco_rome.csv'))
  link(escoId(r.esco_uri), 'rome', r.code_rome_v460, r.relation);
const onetOf = new Map();
for (const r of rows('crosswalks/esco_onet.csv')) {
  const id = escoId(r.esco_or_isco_uri);
  if (!id) continue;
  link(id, 'onet', r.onetsoc_code, r.match_type);
  onetOf.set(id, [...(onetOf.get(id) ?? []), r.onetsoc_code]);
}
// NOC reaches ESCO through O*NET (the NOC–O*NET table is not official, hence its own relation).
const nocOf = new Map();
for (const r of rows('crosswalks/noc2021_onet.csv'))
  nocOf.set(r.onetsoc_code, [...(nocOf.get(r.onetsoc_code) ?? []), r.noc2021_code.padStart(5, '0')]);
for (const [id, onetCodes] of onetOf)
  for (const onet of onetCodes) for (const noc of nocOf.get(onet) ?? []) link(id, 'noc', noc, 'viaOnet');
write(
  'esco_crosswalks.tsv.gz',
  ['esco_id', 'scheme', 'code', 'relation'],
  [...links].map(([key, relation]) => [...key.split('\t'), relation]),
);

// The titles of the national codes, with whether the job is regulated where the classification says so.
write(
  'classification_titles.tsv.gz',
  ['scheme', 'code', 'title_en', 'title_fr', 'regulated'],
  [
    ...rows('rome/rome_codes.csv').map((r) => [
      'rome',
      r.code_rome,
      '',
      r.libelle_rome,
      r.emploi_reglemente === 'O' ? 'Y' : r.emploi_reglemente === 'N' ? 'N' : '',
    ]),
    ...rows('onet/onet_occupations.csv').map((r) => ['onet', r.onetsoc_code, r.title, '', '']),
    ...rows('noc/noc2021_unit_groups.csv').map((r) => [
      'noc',
      r.noc_code.padStart(5, '0'),
      r.title_en,
      r.title_fr,
      '',
    ]),
  ],
);
