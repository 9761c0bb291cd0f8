import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { duplicateCandidates } from '../adapters/duplicate-keys-repository.js';
import { shippedNameVariants } from '../adapters/name-variants-file.js';
import { duplicateKeysOf, keyedSkeletonsOf } from '../domain/duplicate-keys.js';
import { type PersonNames, personNamesOf } from '../domain/duplicate-names.js';
import { type ComparablePerson, type DuplicateReason, scoreReadPeople } from '../domain/duplicate-score.js';
import type { NameToken } from '../domain/name-readings.js';

/** Files scored at most per probe: those sharing the most keys; a name shared by more tells little more. */
const scoredAtMost = 400;

/**
 * The keys a probe looks files up by: its own (`duplicateKeysOf`), each name alone for files that have
 * only one, and, when the probe knows only one name, every file where that name stands whole (a range).
 */
export function probeKeysOf(probe: ComparablePerson, names: PersonNames) {
  const keys = duplicateKeysOf(probe, names);
  const given = keyedSkeletonsOf(names.given);
  const family = keyedSkeletonsOf(names.family);
  const alone = [...given, ...family].map((skeleton) => `n:${skeleton}`);
  const prefixes =
    given.length === 0 || family.length === 0 ? [...given, ...family].map((s) => `n:${s}|`) : [];
  return { keys: [...new Set([...keys, ...alone])], prefixes };
}

const matchedOnOf = (reasons: DuplicateReason[]) => [
  ...(reasons.includes('same_email') ? (['email'] as const) : []),
  ...(reasons.includes('same_phone') ? (['phone'] as const) : []),
  ...(reasons.some((r) => r.startsWith('name_') && r !== 'name_differs') ? (['name'] as const) : []),
  ...(reasons.some((r) => r.startsWith('birth_date_') && r !== 'birth_date_differs')
    ? (['birthDate'] as const)
    : []),
];

/** The other member organizations of every consortium the organization belongs to. */
export async function consortiumPartnersOf(db: Executor, organizationId: string): Promise<string[]> {
  const organizations = organizationsApi(db);
  const partners = new Set<string>();
  for (const consortiumId of await organizations.consortiaWhereMember(organizationId))
    for (const member of await organizations.consortiumMembers(consortiumId))
      if (member.id !== organizationId) partners.add(member.id);
  return [...partners].sort();
}

/** A person (typed at intake, or a file) read once for the rule. */
export function readProbe(probe: ComparablePerson) {
  const read = { person: probe, names: personNamesOf(probe, shippedNameVariants()) };
  return { read, ...probeKeysOf(probe, read.names) };
}

/**
 * Name words already read (variants, transliteration, skeletons), shared by every probe of the process:
 * reading the words of up to 400 files was most of a probe's scoring. Emptied past a size, so that a
 * long-running server does not keep every name it ever met.
 */
const readWords = new Map<string, NameToken>();
const readWordsAtMost = 200_000;

/** The files of these organizations sharing a key with the probe, each with the rule's score. */
export async function scoredCandidates(
  db: Executor,
  probe: ReturnType<typeof readProbe>,
  organizationIds: string[],
  excludePersonId: string | null = null,
) {
  const variants = shippedNameVariants();
  const files = await duplicateCandidates(db, {
    organizationIds,
    keys: probe.keys,
    prefixes: probe.prefixes,
    excludePersonId,
    limit: scoredAtMost,
  });
  if (readWords.size > readWordsAtMost) readWords.clear();
  return files.map((file) => ({
    file,
    score: scoreReadPeople(probe.read, { person: file, names: personNamesOf(file, variants, readWords) }),
  }));
}

/** A candidate as the routes show it: the file's identity, what matched, the rule's reasons and score. */
export function shownCandidate({ file, score }: Awaited<ReturnType<typeof scoredCandidates>>[number]) {
  return {
    id: file.id,
    givenName: file.givenName,
    familyName: file.familyName,
    givenNameOriginal: file.givenNameOriginal,
    familyNameOriginal: file.familyNameOriginal,
    birthDate: file.birthDate,
    city: file.city,
    matchedOn: matchedOnOf(score.reasons),
    reasons: score.reasons,
    score: score.score,
  };
}
