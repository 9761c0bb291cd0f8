#!/usr/bin/env node
// Rebuilds reference-data/name_variants/*.tsv.gz (person-name spellings across scripts, for duplicate
// detection) and reference-data/record_linkage/febrl_*.csv.gz (the FEBRL evaluation data) from the
// open files listed in reference-data/README.md; give the folder holding name_variants/ and
// record_linkage/:
//   node scripts/build-name-variants.mjs <source folder>
// Only the variants seen at least twice are kept: a spelling met once in Wikidata is as often an
// alignment error (محمد → morocco) as a name. The output is sorted, so an unchanged source gives
// identical files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/build-name-variants.mjs <source folder>');
  process.exit(1);
}
const rows = (path) =>
  parse(readFileSync(join(source, path), 'utf8'), { columns: true, skip_empty_lines: true });
const out = (folder) => {
  const url = new URL(`../reference-data/${folder}/`, import.meta.url);
  mkdirSync(url, { recursive: true });
  return url;
};

/**
 * One line per source token: `token<TAB>latin latin …`, spellings most frequent first. A token is kept
 * when Wikidata pairs it with Latin spellings at least twice in all; a spelling when it is seen at least
 * twice and in at least 2 % of the token's pairings, or is the token's most frequent one.
 */
function variants(file, column, name) {
  const byToken = new Map();
  for (const row of rows(`name_variants/${file}`)) {
    const list = byToken.get(row[column]) ?? [];
    list.push({ latin: row.latin, count: Number(row.count) });
    byToken.set(row[column], list);
  }
  const lines = [];
  for (const [token, list] of byToken) {
    const total = list.reduce((sum, v) => sum + v.count, 0);
    if (total < 2) continue;
    list.sort((a, b) => b.count - a.count || a.latin.localeCompare(b.latin));
    const kept = list.filter((v, i) => i === 0 || (v.count >= 2 && v.count >= 0.02 * total));
    lines.push(`${token}\t${kept.map((v) => `${v.latin}:${v.count}`).join(' ')}`);
  }
  lines.sort();
  writeFileSync(
    new URL(name, out('name_variants')),
    gzipSync(`${column}\tlatin_spellings_with_counts\n${lines.join('\n')}\n`, { level: 9 }),
  );
  console.log(`${name}: ${lines.length} tokens`);
}
variants('arabic_latin_name_variants.csv', 'arabic', 'arabic_latin.tsv.gz');
variants('cyrillic_latin_name_variants.csv', 'cyrillic', 'cyrillic_latin.tsv.gz');

// FEBRL: the deduplication data sets and the two linkage files, unchanged, compressed.
for (const set of ['1', '2', '3', '4a', '4b']) {
  const text = readFileSync(join(source, `record_linkage/febrl/febrl_dataset${set}.csv`));
  writeFileSync(new URL(`febrl_dataset${set}.csv.gz`, out('record_linkage')), gzipSync(text, { level: 9 }));
}
console.log('record_linkage: 5 FEBRL files');
