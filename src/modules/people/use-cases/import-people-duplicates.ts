import type { Executor } from '../../../core/db/types.js';
import { shippedNameVariants } from '../adapters/name-variants-file.js';
import { duplicateKeysOf } from '../domain/duplicate-keys.js';
import { personNamesOf } from '../domain/duplicate-names.js';
import { type ComparablePerson, type DuplicateReason, scoreReadPeople } from '../domain/duplicate-score.js';
import { importedDate, importedSex } from '../domain/people-import-columns.js';
import { readProbe, scoredCandidates, shownCandidate } from './duplicate-candidates.js';
import type { ImportCells } from './import-people-rows.js';

/** Files of the organization shown per row: enough to recognise the person, as at intake. */
const shownAtMost = 5;
/** Rows compared per blocking key within one file, as a probe scores at most 400 files. */
const keyBucketAtMost = 400;

/** What the duplicate rule compares of a row, read from its cells even when another column is refused. */
export function comparableOfCells(cells: ImportCells): ComparablePerson | null {
  if (!cells.given_name && !cells.family_name) return null;
  return {
    givenName: cells.given_name ?? null,
    familyName: cells.family_name ?? null,
    givenNameOriginal: cells.given_name_original ?? null,
    familyNameOriginal: cells.family_name_original ?? null,
    birthDate: cells.birth_date ? importedDate(cells.birth_date) : null,
    phone: cells.phone ?? null,
    email: cells.email ?? null,
    ...(cells.sex && importedSex(cells.sex) ? { sex: importedSex(cells.sex) } : {}),
  };
}

/**
 * A row's possible duplicates among the organization's files (at the rule's full threshold, best
 * first, with their reasons), and whether a member organization of one of its consortia follows a
 * possible match — a yes or no, as at intake (docs/duplicates.md).
 */
export async function rowDuplicates(
  db: Executor,
  person: ComparablePerson,
  organizationId: string,
  partners: readonly string[],
) {
  const probe = readProbe(person);
  const organization = (await scoredCandidates(db, probe, [organizationId]))
    .filter(({ score }) => score.possibleDuplicate)
    .sort((a, b) => b.score.score - a.score.score || a.file.id.localeCompare(b.file.id))
    .slice(0, shownAtMost)
    .map(shownCandidate);
  const elsewhere =
    partners.length > 0 &&
    (await scoredCandidates(db, probe, [...partners])).some(({ score }) => score.possibleDuplicate);
  return { organization, elsewhere };
}

/**
 * Pairs of rows of the same file the rule takes for one person: rows are compared when they share a
 * blocking key, as files are. Each row gets the other rows with the rule's reasons.
 */
export function duplicatesWithinFile(
  rows: readonly { row: number; person: ComparablePerson | null }[],
): Map<number, { row: number; reasons: DuplicateReason[] }[]> {
  const variants = shippedNameVariants();
  const read = rows.flatMap(({ row, person }) =>
    person ? [{ row, read: { person, names: personNamesOf(person, variants) } }] : [],
  );
  const rowsOfKey = new Map<string, number[]>();
  for (const [index, { read: r }] of read.entries())
    for (const key of duplicateKeysOf(r.person, r.names)) {
      const list = rowsOfKey.get(key) ?? [];
      list.push(index);
      rowsOfKey.set(key, list);
    }
  const found = new Map<number, { row: number; reasons: DuplicateReason[] }[]>();
  const compared = new Set<string>();
  for (const all of rowsOfKey.values()) {
    // A key a whole file shares (one town's phone prefix, a common name) tells little: its first rows only.
    const indexes = all.slice(0, keyBucketAtMost);
    for (let i = 0; i < indexes.length; i += 1)
      for (let j = i + 1; j < indexes.length; j += 1) {
        const a = read[indexes[i] as number];
        const b = read[indexes[j] as number];
        if (!a || !b) continue;
        const pair = `${a.row}:${b.row}`;
        if (compared.has(pair)) continue;
        compared.add(pair);
        const score = scoreReadPeople(a.read, b.read);
        if (!score.possibleDuplicate) continue;
        found.set(a.row, [...(found.get(a.row) ?? []), { row: b.row, reasons: score.reasons }]);
        found.set(b.row, [...(found.get(b.row) ?? []), { row: a.row, reasons: score.reasons }]);
      }
  }
  for (const list of found.values()) list.sort((x, y) => x.row - y.row);
  return found;
}
