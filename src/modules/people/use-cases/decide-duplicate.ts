import { z } from 'zod';
import { duplicateDecisionFields, oneOtherFile, oneOtherFileIssue } from '../../../contracts/duplicates.js';
import { requireActor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { recordDuplicateDecision } from '../adapters/duplicate-decisions-repository.js';
import { peopleErrors } from '../errors.js';
import { linkFilesForCounting } from '../handoff-files.js';
import { consortiumPartnersOf } from './duplicate-candidates.js';
import { visiblePerson } from './person-access.js';
import { elsewhereContext } from './person-duplicates.js';

/**
 * A person's decision on a possible duplicate of a file. Two files of the organization: "different" is
 * remembered and the pair never proposed again ("same" would be a merge, not done yet: refused, nothing
 * changes). A file elsewhere, known only by the sealed reference `personDuplicates` gave: "different"
 * as well, or "same" — a link, each organization keeping its file, that `linkedPeople` gives to whoever
 * counts people once. The reference opens only for this file of this organization, and only while the
 * other organization is still a consortium partner. Audited without the other file's identity.
 */
/**
 * Moves every enrolment of linked files under their counting key: programs' `countEnrolmentsUnder`,
 * handed over by the composition root (src/server/routes.ts) because programs depends on people.
 */
export type CountEnrolmentsUnder = (db: Executor, personIds: readonly string[], key: string) => Promise<void>;

export const decideDuplicate = (countUnder: CountEnrolmentsUnder) =>
  defineUseCase(
    duplicateDecisionFields.extend({ personId: z.uuid() }).refine(oneOtherFile, oneOtherFileIssue),
    async ({ input, ctx, trx, audit, now, newId, deps }) => {
      const actor = requireActor(ctx);
      const file = await visiblePerson(trx, actor, input.personId);
      let other: { organizationId: string; personId: string };
      if (input.otherPersonId) {
        const otherFile = await visiblePerson(trx, actor, input.otherPersonId);
        if (otherFile.id === file.id) throw peopleErrors.personNotFound();
        if (input.decision === 'same') throw peopleErrors.duplicateMergeNotAvailable();
        other = { organizationId: actor.organizationId, personId: otherFile.id };
      } else {
        if (!deps.keyRing) throw peopleErrors.encryptionNotConfigured();
        let opened: { o?: unknown; p?: unknown };
        try {
          opened = JSON.parse(
            deps.keyRing.openText(input.elsewhereReference!, elsewhereContext(actor.organizationId, file.id)),
          );
        } catch {
          throw peopleErrors.duplicateReferenceInvalid();
        }
        const partners = await consortiumPartnersOf(trx, actor.organizationId);
        if (typeof opened.o !== 'string' || typeof opened.p !== 'string' || !partners.includes(opened.o))
          throw peopleErrors.duplicateReferenceInvalid();
        other = { organizationId: opened.o, personId: opened.p };
      }
      // One row per pair in the organization: the lower id first, whichever file the decision was taken from.
      const [first, second] =
        other.organizationId === actor.organizationId && other.personId < file.id
          ? [other, { organizationId: actor.organizationId, personId: file.id }]
          : [{ organizationId: actor.organizationId, personId: file.id }, other];
      const id = await recordDuplicateDecision(trx, {
        id: newId(),
        decider: first,
        other: second,
        decision: input.decision,
        decidedBy: actor.userId,
        now,
      });
      // The same person followed elsewhere: both files, and their enrolments, count once from now.
      if (input.decision === 'same' && other.organizationId !== actor.organizationId) {
        const link = await linkFilesForCounting(trx, [
          { organizationId: actor.organizationId, personId: file.id },
          other,
        ]);
        await countUnder(trx, link.personIds, link.key);
      }
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: actor.organizationId,
        action: 'person.duplicate_decision',
        resourceType: 'person',
        resourceId: file.id,
        requestId: ctx.requestId,
        details: {
          decision: input.decision,
          otherFile:
            other.organizationId === actor.organizationId ? 'same organization' : 'consortium member',
        },
      });
      return { id, decision: input.decision };
    },
  );
