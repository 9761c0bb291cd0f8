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

/**
 * Told as the import starts scoring (the file's own pairs, the rows against their candidates): the
 * seam through which a test checks that no transaction is open then. Nothing is set outside tests.
 */
export const importScoring: { starts: (() => void) | null } = { starts: null };

/** Files scored at most per row, as `scoredCandidates` scores at most 400 per probe. */
const scoredAtMost = 400;
/** Rows looked up per statement, and files read per statement: each statement stays short under load. */
const probesPerRead = 500;
const filesPerRead = 5_000;

type Probe = ReturnType<typeof readProbe>;
type CandidateFile = Awaited<ReturnType<typeof comparableFilesByIds>>[number];

/** The files of some organizations sharing a key with each probe, read from the database, not yet scored. */
interface ReadCandidates {
  pairs: { probe: number; personId: string }[];
  files: Map<string, CandidateFile>;
}

/** What the preview reads of the database to find each row's duplicates; `scoreRowsDuplicates` then reads nothing. */
export interface RowsCandidates {
  probes: Probe[];
  /** The index in the rows of each probe (rows without a name have none). */
  indexes: number[];
  rows: number;
  own: ReadCandidates;
  others: ReadCandidates;
}

/**
 * The files of these organizations sharing a key with each probe: the probes' keys a few hundred rows
 * a statement, then the files found a few thousand a statement. Nothing is scored here: the caller
 * holds a transaction open meanwhile.
 */
async function readCandidatesOfProbes(
  db: Executor,
  probes: readonly Probe[],
  organizationIds: string[],
): Promise<ReadCandidates> {
  const pairs: ReadCandidates['pairs'] = [];
  for (let from = 0; from < probes.length; from += probesPerRead)
    for (const pair of await candidatesOfProbes(
      db,
      organizationIds,
      probes.slice(from, from + probesPerRead),
      scoredAtMost,
    ))
      pairs.push({ probe: pair.probe + from, personId: pair.personId });
  const ids = [...new Set(pairs.map((p) => p.personId))];
  const files = new Map<string, CandidateFile>();
  for (let from = 0; from < ids.length; from += filesPerRead)
    for (const file of await comparableFilesByIds(db, ids.slice(from, from + filesPerRead)))
      files.set(file.id, file);
  return { pairs, files };
}

/**
 * Each row with a name read for the rule (its names, variants and keys): JavaScript work, done before
 * the transaction that reads the candidates opens.
 */
export function probesOfRows(people: readonly (ComparablePerson | null)[]) {
  const indexes = people.flatMap((person, index) => (person ? [index] : []));
  const probes = indexes.map((index) => readProbe(people[index] as ComparablePerson));
  return { indexes, probes, rows: people.length };
}

/**
 * Reads, for every row with a name, the organization's files and the consortium partners' files that
 * share a key with it. The database part of the rows' duplicates; the rule's work is `scoreRowsDuplicates`.
 */
export async function readRowsCandidates(
  db: Executor,
  probed: ReturnType<typeof probesOfRows>,
  organizationId: string,
  partners: readonly string[],
): Promise<RowsCandidates> {
  const own = await readCandidatesOfProbes(db, probed.probes, [organizationId]);
  const others =
    partners.length > 0
      ? await readCandidatesOfProbes(db, probed.probes, [...partners])
      : { pairs: [], files: new Map<string, CandidateFile>() };
  return { ...probed, own, others };
}

/** Each probe's candidates with the rule's score, each file's names read once however many rows meet it. */
function scoredCandidatesOfProbes(probes: readonly Probe[], { pairs, files }: ReadCandidates) {
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
 * intake's (`scoredCandidates`), on the candidates `readRowsCandidates` read: no database here, so the
 * preview scores with no transaction open. Rows without a name get none.
 */
export function scoreRowsDuplicates(
  candidates: RowsCandidates,
): { organization: ReturnType<typeof shownCandidate>[]; elsewhere: boolean }[] {
  importScoring.starts?.();
  const own = scoredCandidatesOfProbes(candidates.probes, candidates.own);
  const others = scoredCandidatesOfProbes(candidates.probes, candidates.others);
  const found = Array.from({ length: candidates.rows }, () => ({
    organization: [] as ReturnType<typeof shownCandidate>[],
    elsewhere: false,
  }));
  for (const [position, index] of candidates.indexes.entries())
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
  importScoring.starts?.();
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
