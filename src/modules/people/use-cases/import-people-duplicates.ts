import type { Executor } from '../../../core/db/types.js';
import { candidatesOfProbes, comparableFilesByIds } from '../adapters/import-candidates-repository.js';
import { shippedNameVariants } from '../adapters/name-variants-file.js';
import { duplicateKeysOf } from '../domain/duplicate-keys.js';
import { type PersonNames, personNamesOf } from '../domain/duplicate-names.js';
import { type ComparablePerson, type DuplicateReason, scoreReadPeople } from '../domain/duplicate-score.js';
import { importedDate, importedSex } from '../domain/people-import-columns.js';
import { readProbe, shownCandidate } from './duplicate-candidates.js';
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

/** Files scored at most per row, as `scoredCandidates` scores at most 400 per probe. */
const scoredAtMost = 400;

type Probe = ReturnType<typeof readProbe>;

/**
 * The files of these organizations sharing a key with each probe, each with the rule's score: one
 * statement for every probe's keys, one for the files found, and each file's names read once however
 * many rows meet it (a common name meets hundreds).
 */
async function scoredCandidatesOfProbes(db: Executor, probes: readonly Probe[], organizationIds: string[]) {
  const pairs = await candidatesOfProbes(db, organizationIds, probes, scoredAtMost);
  const files = new Map(
    (await comparableFilesByIds(db, [...new Set(pairs.map((p) => p.personId))])).map((file) => [
      file.id,
      file,
    ]),
  );
  const variants = shippedNameVariants();
  const namesOf = new Map<string, PersonNames>();
  const scored = probes.map(() => [] as ScoredCandidate[]);
  for (const { probe, personId } of pairs) {
    const file = files.get(personId);
    const read = probes[probe];
    if (!file || !read) continue;
    let names = namesOf.get(personId);
    if (!names) {
      names = personNamesOf(file, variants);
      namesOf.set(personId, names);
    }
    scored[probe]?.push({ file, score: scoreReadPeople(read.read, { person: file, names }) });
  }
  return scored;
}
type ScoredCandidate = Parameters<typeof shownCandidate>[0];

/**
 * Each row's possible duplicates among the organization's files (at the rule's full threshold, best
 * first, with their reasons), and whether a member organization of one of its consortia follows a
 * possible match — a yes or no, as at intake (docs/duplicates.md). The rule and its thresholds are the
 * intake's (`scoredCandidates`); the lookups are made for all rows at once. Null rows (no name) get none.
 */
export async function rowsDuplicates(
  db: Executor,
  people: readonly (ComparablePerson | null)[],
  organizationId: string,
  partners: readonly string[],
): Promise<{ organization: ReturnType<typeof shownCandidate>[]; elsewhere: boolean }[]> {
  const indexes = people.flatMap((person, index) => (person ? [index] : []));
  const probes = indexes.map((index) => readProbe(people[index] as ComparablePerson));
  const own = await scoredCandidatesOfProbes(db, probes, [organizationId]);
  const others = partners.length > 0 ? await scoredCandidatesOfProbes(db, probes, [...partners]) : [];
  const found = people.map(() => ({
    organization: [] as ReturnType<typeof shownCandidate>[],
    elsewhere: false,
  }));
  for (const [position, index] of indexes.entries())
    found[index] = {
      organization: (own[position] ?? [])
        .filter(({ score }) => score.possibleDuplicate)
        .sort((a, b) => b.score.score - a.score.score || a.file.id.localeCompare(b.file.id))
        .slice(0, shownAtMost)
        .map(shownCandidate),
      elsewhere: (others[position] ?? []).some(({ score }) => score.possibleDuplicate),
    };
  return found;
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
