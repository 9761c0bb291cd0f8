import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { type Kysely, sql } from 'kysely';

const referenceFile = (path: string) => new URL(`../reference-data/${path}`, import.meta.url);

function readTsv(path: string): string[][] {
  const text = gunzipSync(readFileSync(referenceFile(path))).toString('utf8');
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'));
}

const normalize = (label: string) =>
  label
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/** ESCO occupations and their labels in five languages, for occupation search (reference-data/esco). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE reference_occupations (
      esco_id text PRIMARY KEY,
      isco08_code text NOT NULL,
      regulated_eu boolean NOT NULL,
      label_en text NOT NULL,
      label_fr text NOT NULL,
      label_es text NOT NULL,
      label_ar text NOT NULL,
      label_uk text NOT NULL
    )
  `.execute(db);
  await sql`
    CREATE TABLE reference_occupation_labels (
      esco_id text NOT NULL REFERENCES reference_occupations (esco_id),
      lang text NOT NULL,
      label_type text NOT NULL,
      label text NOT NULL,
      search_text text NOT NULL
    )
  `.execute(db);

  const occupations = readTsv('esco/occupations.tsv.gz');
  for (let i = 0; i < occupations.length; i += 1000) {
    const rows = occupations.slice(i, i + 1000).map(([id, isco, regulated, en, fr, es, ar, uk]) => ({
      esco_id: id,
      isco08_code: isco,
      regulated_eu: regulated === 'Y',
      label_en: en,
      label_fr: fr,
      label_es: es,
      label_ar: ar,
      label_uk: uk,
    }));
    await db
      .insertInto('reference_occupations' as never)
      .values(rows as never)
      .execute();
  }
  const labels = readTsv('esco/labels.tsv.gz');
  for (let i = 0; i < labels.length; i += 2000) {
    const rows = labels.slice(i, i + 2000).map(([id, lang, type, label]) => ({
      esco_id: id,
      lang,
      label_type: type,
      label,
      search_text: normalize(label ?? ''),
    }));
    await db
      .insertInto('reference_occupation_labels' as never)
      .values(rows as never)
      .execute();
  }
  await sql`CREATE INDEX reference_occupation_labels_trgm ON reference_occupation_labels USING gin (search_text gin_trgm_ops)`.execute(
    db,
  );
  await sql`CREATE INDEX reference_occupation_labels_occupation ON reference_occupation_labels (esco_id)`.execute(
    db,
  );
}
