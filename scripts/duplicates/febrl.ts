import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type { NameVariants } from '../../src/modules/people/domain/name-variants.js';
import { type ReadPerson, readPerson } from './metrics.js';

/**
 * FEBRL synthetic records (reference-data/record_linkage): `rec-<N>-org` and its corrupted duplicates
 * `rec-<N>-dup-<k>` are one person. Only what Passerelle compares is kept: given name, surname and date
 * of birth (FEBRL has no phone, e-mail or sex; its addresses and social security numbers are not used).
 */
export type FebrlSet = '1' | '2' | '3' | '4a' | '4b';

const file = (set: FebrlSet) =>
  new URL(`../../reference-data/record_linkage/febrl_dataset${set}.csv.gz`, import.meta.url);

/** 'YYYYMMDD' as 'YYYY-MM-DD' when it has eight digits (FEBRL's corrupted dates may be impossible ones). */
const dateOf = (text: string) =>
  /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}` : null;

export function readFebrl(
  set: FebrlSet,
  variants: NameVariants,
): { identity: string; read: ReadPerson; side?: 'a' | 'b' }[] {
  const rows = parse(gunzipSync(readFileSync(file(set))).toString('utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  return rows.map((row) => ({
    identity: row.rec_id!.match(/^rec-(\d+)-/)![1]!,
    read: readPerson(
      {
        givenName: row.given_name || null,
        familyName: row.surname || null,
        birthDate: dateOf(row.date_of_birth ?? ''),
      },
      variants,
    ),
    ...(set === '4a' ? { side: 'a' as const } : set === '4b' ? { side: 'b' as const } : {}),
  }));
}
