import { openCaseBody } from '../../../contracts/recognition.js';
import { defineUseCase } from '../../../core/use-case.js';
import { casesRepository } from '../adapters/cases-repository.js';
import { pathwaysRepository } from '../adapters/pathways-repository.js';
import { versionInForce } from '../domain/case-rules.js';
import { caseRoles } from '../domain/vocabulary.js';
import { recognitionErrors } from '../errors.js';
import { recordCaseChange } from './case-events.js';
import { caseViews } from './case-views.js';
import { actorWith, followedPerson, visiblePathway } from './recognition-access.js';

/**
 * A person the organization follows starts on a pathway of its catalogue (or a partner's shared one):
 * the steps of the version in force on the start day are copied to the case, which keeps them whatever
 * later versions say. Audited and published on the person's timeline.
 */
export const openRecognitionCase = defineUseCase(
  openCaseBody,
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = actorWith(ctx, caseRoles);
    await followedPerson(trx, actor, input.personId);
    const pathway = await visiblePathway(trx, actor, input.pathwayId);
    if (pathway.retired) throw recognitionErrors.pathwayRetired();
    const version = versionInForce(await pathwaysRepository(trx).versionsOf([pathway.id]), input.startedOn);
    if (!version)
      throw recognitionErrors.noVersionInForce({ day: input.startedOn }, [{ path: 'body.startedOn' }]);
    const record = {
      id: newId(),
      organizationId: actor.organizationId,
      personId: input.personId,
      pathwayId: pathway.id,
      pathwayOrganizationId: pathway.organizationId,
      versionId: version.id,
      startedOn: input.startedOn,
      note: input.note ?? null,
    };
    await casesRepository(trx).insertCase(
      record,
      version.steps.map((s) => ({ ...s, id: newId() })),
      actor.userId,
      now,
    );
    await recordCaseChange({ audit, timeline, ctx }, actor, record, pathway, {
      kind: 'recognition.case_opened',
      on: input.startedOn,
      now,
      details: { version: version.number, steps: version.steps.length },
    });
    const created = await casesRepository(trx).find(record.id, actor.organizationId);
    const [view] = await caseViews(trx, ctx.locale, [created!]);
    return view!;
  },
);
