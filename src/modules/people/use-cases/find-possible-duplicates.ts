import { duplicateSearchBody } from '../../../contracts/intake.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { type ComparablePerson, phoneTail, probeThreshold } from '../domain/duplicate-score.js';
import { consortiumPartnersOf, readProbe, scoredCandidates, shownCandidate } from './duplicate-candidates.js';

/** Enough to recognise the person among the likely ones; more would be a directory, not a warning. */
const shownAtMost = 8;

/** The last nine digits: "+33 6 12 34 56 78" and "06 12 34 56 78" are the same line. Too short: no probe. */
export const phoneTailOf = phoneTail;

/**
 * Before opening a file: the files of the actor's organization that may already be this person, scored
 * by the duplicate rule (`domain/duplicate-score.ts`: a name in any script with its variants and
 * transliteration, the birth date with its usual errors, the phone, the e-mail), among the files sharing
 * a blocking key with it. A probe that knows little is shown files from a lower score (`probeThreshold`).
 * Only the organization's own files are shown, never a restricted or anonymized one. Of the other
 * members of its consortia, only whether one of them follows a file the rule takes for this person, at
 * its full threshold: no name, no file, no organization (docs/duplicates.md). Audited with counts only:
 * the names looked for are personal data and stay out of the log.
 */
export const findPossibleDuplicates = defineUseCase(
  duplicateSearchBody,
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, personDataRoles);
    const person: ComparablePerson = {
      givenName: input.givenName ?? null,
      familyName: input.familyName ?? null,
      givenNameOriginal: input.givenNameOriginal ?? null,
      familyNameOriginal: input.familyNameOriginal ?? null,
      birthDate: input.birthDate ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
    };
    const probe = readProbe(person);
    const threshold = probeThreshold(person, probe.read.names);
    const mine = (await scoredCandidates(trx, probe, [actor.organizationId]))
      .filter(({ score }) => score.score >= threshold)
      .sort((a, b) => b.score.score - a.score.score || a.file.id.localeCompare(b.file.id))
      .slice(0, shownAtMost);
    const partners = await consortiumPartnersOf(trx, actor.organizationId);
    const elsewhere =
      partners.length > 0 &&
      (await scoredCandidates(trx, probe, partners)).some(({ score }) => score.possibleDuplicate);

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
      items: mine.map(shownCandidate),
      consortium: { possibleMatchElsewhere: elsewhere },
    };
  },
);
