import { z } from 'zod';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { enrolmentsOfPeople } from '../../programs/api.js';
import { exitsRepository } from '../adapters/exits-repository.js';
import { followUpsRepository } from '../adapters/follow-ups-repository.js';
import { familyOf } from '../domain/vocabulary.js';
import { exitActor, requirePerson } from './exit-access.js';

/**
 * A person's exits, every version (the current ones and those a correction replaced), and their
 * follow-ups after exit with the last link sent, and who recorded each version by name. A read of
 * the file: audited.
 */
export const personExits = defineUseCase(
  z.object({ personId: z.uuid(), language: z.enum(['fr', 'en']).default('fr') }),
  async ({ input, ctx, trx, audit }) => {
    const actor = exitActor(ctx, false);
    await requirePerson(trx, actor, input.personId);
    const [exits, followUps, enrolments] = await Promise.all([
      exitsRepository(trx).exitsOfPerson(input.personId, actor.organizationId),
      followUpsRepository(trx).ofPerson(input.personId, actor.organizationId),
      enrolmentsOfPeople(trx, actor.organizationId, [input.personId]),
    ]);
    const [links, recorderNames] = await Promise.all([
      followUpsRepository(trx).latestLinks(followUps.map((f) => f.id)),
      accountsApi(trx).displayNames(exits.flatMap((e) => (e.recordedBy ? [e.recordedBy] : []))),
    ]);
    const programNames = new Map(
      enrolments.map((e) => [e.programId, input.language === 'en' ? e.programNameEn : e.programNameFr]),
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'exit.read',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
    });
    return {
      exits: exits.map((e) => ({
        id: e.id,
        enrolmentId: e.enrolmentId,
        programId: e.programId,
        programName: programNames.get(e.programId) ?? '',
        outcome: e.outcome,
        family: familyOf(e.outcome),
        exitOn: e.exitOn,
        contractStartOn: e.contractStartOn,
        contractEndOn: e.contractEndOn,
        region: e.region,
        credentialObtained:
          e.credentialName && e.credentialObtainedOn
            ? { name: e.credentialName, obtainedOn: e.credentialObtainedOn }
            : null,
        evidence: {
          kind: e.evidenceKind,
          placementId: e.placementId,
          documentId: e.documentId,
          trainingName: e.trainingName,
        },
        note: e.note,
        verdict: e.verdict,
        verdictReason: e.verdictReason,
        ruleVersion: e.ruleVersion,
        recordedBy: e.recordedBy,
        recordedByName: e.recordedBy ? (recorderNames.get(e.recordedBy) ?? null) : null,
        recordedAt: e.recordedAt.toISOString(),
        supersededAt: e.supersededAt?.toISOString() ?? null,
        correctionReason: e.correctionReason,
      })),
      followUps: followUps.map((f) => {
        const link = links.get(f.id);
        return {
          id: f.id,
          enrolmentId: f.enrolmentId,
          months: f.months,
          dueOn: f.dueOn,
          status: f.status,
          attempts: f.attempts,
          answeredOn: f.answeredOn,
          answeredVia: f.answeredVia,
          answer: f.answer,
          linkSentAt: link?.createdAt.toISOString() ?? null,
          linkExpiresAt: link?.expiresAt.toISOString() ?? null,
        };
      }),
    };
  },
);
