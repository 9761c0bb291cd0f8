import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import { foldOccupationTitle } from '../src/modules/reference/domain/occupation-titles.js';

function readTsv(path: string, columns: string): string[][] {
  const text = gunzipSync(readFileSync(new URL(`../reference-data/${path}`, import.meta.url))).toString(
    'utf8',
  );
  const [head, ...lines] = text.split('\n').filter((line) => line.length > 0);
  if (head !== columns) throw new Error(`reference-data/${path}: unexpected columns ${head}`);
  return lines.map((line) => line.split('\t'));
}

/**
 * The titles occupation search reads, in every classification and language shipped: ESCO's labels (en,
 * fr, es, ar, uk from reference-data/esco, nl from reference-data/occupations), ROME's, O*NET-SOC's and
 * NOC 2021's titles (reference-data/occupations/titles.tsv.gz), and the distinct words of their folded
 * forms. A search finds the words first (a word's beginning, or a resemblance for a typo: a trigram
 * index over some 47,000 words), then the titles holding them (an index over each title's words): a
 * trigram index over the 276,000 titles took three times as long to build, and a search for a
 * common word read thousands of its rows. It replaces `reference_occupation_labels` (ESCO only),
 * dropped here. Rows are loaded by one INSERT … SELECT from a JSON parameter per slice (as 0039).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE reference_occupation_titles (
      scheme text NOT NULL CHECK (scheme IN ('esco', 'rome', 'onet', 'noc')),
      code text NOT NULL,
      lang text NOT NULL CHECK (lang IN ('en', 'fr', 'es', 'ar', 'uk', 'nl')),
      label_type text NOT NULL
        CHECK (label_type IN ('preferred', 'preferred_part', 'alternative', 'alternative_part')),
      label text NOT NULL,
      search_text text NOT NULL
    )
  `.execute(db);
  await sql`
    CREATE TABLE reference_occupation_words (
      word text NOT NULL,
      titles integer NOT NULL
    )
  `.execute(db);

  const esco = readTsv('esco/labels.tsv.gz', 'esco_id\tlang\tlabel_type\tlabel').map(
    ([code, lang, type, label]) => ['esco', code, lang, type, label] as string[],
  );
  const others = readTsv('occupations/titles.tsv.gz', 'scheme\tcode\tlang\tlabel_type\tlabel');
  const rows = [...esco, ...others].map((row) => [...row, foldOccupationTitle(row[4] ?? '')]);
  const words = new Map<string, number>();
  for (const row of rows)
    for (const word of new Set((row[5] ?? '').split(' ')))
      if (word) words.set(word, (words.get(word) ?? 0) + 1);
  for (let start = 0; start < rows.length; start += 50_000) {
    await sql`
      INSERT INTO reference_occupation_titles (scheme, code, lang, label_type, label, search_text)
      SELECT r->>0, r->>1, r->>2, r->>3, r->>4, r->>5
      FROM jsonb_array_elements(${JSON.stringify(rows.slice(start, start + 50_000))}::jsonb) AS r
    `.execute(db);
  }
  await sql`
    INSERT INTO reference_occupation_words (word, titles)
    SELECT r->>0, (r->>1)::int FROM jsonb_array_elements(${JSON.stringify([...words])}::jsonb) AS r
  `.execute(db);

  // The expression is the one the search query writes (adapters/occupation-titles-repository.ts).
  await sql`CREATE INDEX reference_occupation_titles_words ON reference_occupation_titles USING gin (string_to_array(search_text, ' '))`.execute(
    db,
  );
  await sql`CREATE INDEX reference_occupation_titles_preferred ON reference_occupation_titles (scheme, code) WHERE label_type = 'preferred'`.execute(
    db,
  );
  await sql`CREATE INDEX reference_occupation_words_prefix ON reference_occupation_words (word text_pattern_ops)`.execute(
    db,
  );
  await sql`CREATE INDEX reference_occupation_words_trgm ON reference_occupation_words USING gin (word gin_trgm_ops)`.execute(
    db,
  );
  await sql`DROP TABLE reference_occupation_labels`.execute(db);
}
