import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import type { KeyRing } from '../../../core/crypto/key-ring.js';
import { defineUseCase } from '../../../core/use-case.js';
import { decisionsAbout } from '../adapters/duplicate-decisions-repository.js';
import { peopleRepository } from '../adapters/people-repository.js';
import { mergesInForceOf } from '../adapters/person-merges-repository.js';
import type { ComparablePerson } from '../domain/duplicate-score.js';
import { consortiumPartnersOf, readProbe, scoredCandidates, shownCandidate } from './duplicate-candidates.js';
import { visiblePerson } from './person-access.js';

const shownAtMost = 8;

/** The context a reference to a file elsewhere is sealed with: it opens only for this file of this organization. */
export const elsewhereContext = (organizationId: string, personId: string) =>
  `duplicate-elsewhere:${organizationId}:${personId}`;

export function sealElsewhereReference(
  keyRing: KeyRing,
  from: { organizationId: string; personId: string },
  to: { organizationId: string; personId: string },
) {
  return keyRing.sealText(
    JSON.stringify({ o: to.organizationId, p: to.personId }),
    elsewhereContext(from.organizationId, from.personId),
  );
}

/**
 * A file's possible duplicates, for staff who see it: the organization's other files the rule takes for
 * the same person (full threshold), best first, leaving out pairs someone decided were different; and
 * whether a member organization of one of its consortia follows a possible match not yet decided, with
 * a sealed reference to decide on it — the reference names nobody (docs/duplicates.md). Audited.
 */
export const personDuplicates = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, audit, deps }) => {
    const actor = requireActor(ctx);
    const file = await visiblePerson(trx, actor, input.personId);
    const merges = await mergesInForceOf(trx, actor.organizationId, [file.id]);
    const mergedAway = merges.some((m) => m.mergedPersonId === file.id);
    const nameOf = async (personId: string, mergedAt: Date) => {
      const other = await peopleRepository(trx).findPerson(personId, actor.organizationId);
      return {
        personId,
        givenName: other?.givenName ?? '',
        familyName: other?.familyName ?? '',
        mergedAt: mergedAt.toISOString(),
      };
    };
    const mergedInto = merges.find((m) => m.mergedPersonId === file.id);
    const mergesView = {
      mergedInto: mergedInto ? await nameOf(mergedInto.keptPersonId, mergedInto.mergedAt) : null,
      mergedHere: await Promise.all(
        merges.filter((m) => m.keptPersonId === file.id).map((m) => nameOf(m.mergedPersonId, m.mergedAt)),
      ),
    };
    const person: ComparablePerson = file;
    const probe = readProbe(person);
    const decided = await decisionsAbout(trx, { organizationId: actor.organizationId, personId: file.id });
    const undecided = ({ file: other }: { file: { id: string } }) =>
      !decided.some((d) => d.personId === other.id);
    const mine = (mergedAway ? [] : await scoredCandidates(trx, probe, [actor.organizationId], file.id))
      .filter((c) => c.score.possibleDuplicate && undecided(c))
      .sort((a, b) => b.score.score - a.score.score || a.file.id.localeCompare(b.file.id))
      .slice(0, shownAtMost);
    const partners = await consortiumPartnersOf(trx, actor.organizationId);
    const best =
      partners.length === 0 || mergedAway
        ? undefined
        : (await scoredCandidates(trx, probe, partners))
            .filter((c) => c.score.possibleDuplicate && undecided(c))
            .sort((a, b) => b.score.score - a.score.score || a.file.id.localeCompare(b.file.id))[0];
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'person.duplicate_check',
      resourceType: 'person',
      resourceId: file.id,
      requestId: ctx.requestId,
      details: { results: mine.length, matchElsewhere: Boolean(best) },
    });
    return {
      file: {
        id: file.id,
        givenName: file.givenName,
        familyName: file.familyName,
        givenNameOriginal: file.givenNameOriginal,
        familyNameOriginal: file.familyNameOriginal,
        birthDate: file.birthDate,
        city: file.city,
      },
      items: mine.map(shownCandidate),
      merges: mergesView,
      elsewhere: {
        possibleMatch: Boolean(best),
        // Without the key ring (a server without ENCRYPTION_KEYS) the match is told, not offered to decide on.
        reference:
          best && deps.keyRing
            ? sealElsewhereReference(
                deps.keyRing,
                { organizationId: actor.organizationId, personId: file.id },
                { organizationId: best.file.organizationId, personId: best.file.id },
              )
            : null,
      },
    };
  },
);
