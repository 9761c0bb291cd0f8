import { duplicateSearchBody } from '../../../contracts/intake.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { duplicateCandidates } from '../adapters/duplicate-keys-repository.js';
import { shippedNameVariants } from '../adapters/name-variants-file.js';
import { duplicateKeysOf } from '../domain/duplicate-keys.js';
import { type PersonNames, personNamesOf } from '../domain/duplicate-names.js';
import {
  type ComparablePerson,
  type DuplicateReason,
  duplicateWeights,
  phoneTail,
  probeThreshold,
  scoreReadPeople,
} from '../domain/duplicate-score.js';
import { nameSkeleton } from '../domain/name-readings.js';

/** Enough to recognise the person among the likely ones; more would be a directory, not a warning. */
const shownAtMost = 8;
/** Files scored at most per probe: those sharing the most keys; a name shared by more tells little more. */
const scoredAtMost = 400;

/** The last nine digits: "+33 6 12 34 56 78" and "06 12 34 56 78" are the same line. Too short: no probe. */
export const phoneTailOf = phoneTail;

/**
 * The keys a probe looks files up by: its own (`duplicateKeysOf`), each name alone for files that have
 * only one, and, when the probe knows only one name, every file where that name stands whole (a range).
 */
export function probeKeysOf(probe: ComparablePerson, names: PersonNames) {
  const keys = duplicateKeysOf(probe, names);
  const skeletons = (spellings: PersonNames['given']) =>
    [
      ...new Set(
        spellings.flatMap((tokens) =>
          tokens.flatMap((token) => [...token.readings, ...token.related].map(nameSkeleton)),
        ),
      ),
    ]
      .filter((skeleton) => skeleton.length >= 2)
      .slice(0, 8);
  const given = skeletons(names.given);
  const family = skeletons(names.family);
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
async function consortiumPartnersOf(db: Executor, organizationId: string): Promise<string[]> {
  const organizations = organizationsApi(db);
  const partners = new Set<string>();
  for (const consortiumId of await organizations.consortiaWhereMember(organizationId))
    for (const member of await organizations.consortiumMembers(consortiumId))
      if (member.id !== organizationId) partners.add(member.id);
  return [...partners].sort();
}

/**
 * Before opening a file: the files of the actor's organization that may already be this person, scored
 * by the duplicate rule (`domain/duplicate-score.ts`: a name in any script with its variants and
 * transliteration, the birth date with its usual errors, the phone, the e-mail), among the files sharing
 * a blocking key with it. Only the organization's own files are shown, never a restricted or anonymized
 * one. Of the other members of its consortia, only whether one of them follows a file that the rule
 * takes for this person, at its full threshold: no name, no file, no organization (docs/duplicates.md).
 * Audited with counts only: the names looked for are personal data and stay out of the log.
 */
export const findPossibleDuplicates = defineUseCase(
  duplicateSearchBody,
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, personDataRoles);
    const variants = shippedNameVariants();
    const probe: ComparablePerson = {
      givenName: input.givenName ?? null,
      familyName: input.familyName ?? null,
      givenNameOriginal: input.givenNameOriginal ?? null,
      familyNameOriginal: input.familyNameOriginal ?? null,
      birthDate: input.birthDate ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
    };
    const read = { person: probe, names: personNamesOf(probe, variants) };
    const { keys, prefixes } = probeKeysOf(probe, read.names);
    const scored = async (organizationIds: string[]) =>
      (await duplicateCandidates(trx, { organizationIds, keys, prefixes, limit: scoredAtMost })).map(
        (file) => ({
          file,
          score: scoreReadPeople(read, { person: file, names: personNamesOf(file, variants) }),
        }),
      );

    const threshold = probeThreshold(probe, read.names);
    const mine = (await scored([actor.organizationId]))
      .filter(({ score }) => score.score >= threshold)
      .sort((a, b) => b.score.score - a.score.score || a.file.id.localeCompare(b.file.id))
      .slice(0, shownAtMost);
    const partners = await consortiumPartnersOf(trx, actor.organizationId);
    const elsewhere =
      partners.length > 0 && (await scored(partners)).some(({ score }) => score.possibleDuplicate);

    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'person.duplicate_search',
      resourceType: 'person',
      resourceId: null,
      requestId: ctx.requestId,
      details: {
        results: mine.length,
        consortiumMembersSearched: partners.length,
        matchElsewhere: elsewhere,
      },
    });
    return {
      items: mine.map(({ file, score }) => ({
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
      })),
      consortium: { possibleMatchElsewhere: elsewhere },
    };
  },
);

export const duplicateThreshold = duplicateWeights.threshold;
