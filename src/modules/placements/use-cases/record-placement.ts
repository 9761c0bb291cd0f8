import { placementBody } from '../../../contracts/placements.js';
import { defineUseCase } from '../../../core/use-case.js';
import { applicationForHire, markApplicationHired } from '../../applications/api.js';
import { employerSummary, siteSummary } from '../../employers/api.js';
import { compareToQualification } from '../../matching/domain/qualification-level.js';
import { offerSummary } from '../../offers/api.js';
import { currencyOfCountry } from '../../offers/domain/pay.js';
import { organizationsApi } from '../../organizations/api.js';
import { qualificationEvidenceOf } from '../../people/api.js';
import { escoIdOf, occupationRelations } from '../../reference/api.js';
import { placementsRepository } from '../adapters/placements-repository.js';
import { placementTermsRefusals } from '../domain/contract-rules.js';
import { placementErrors } from '../errors.js';
import { placementActor, requirePerson } from './placement-access.js';
import { publishPlacementEvent } from './placement-timeline.js';

/**
 * A hire: the person's work contract with an employer of the organization's directory (its own or a
 * consortium partner's shared one), checked against the employer's country and the law. The job's
 * ISCO skill level is compared with the person's education and former occupations at this moment,
 * and stored with that evidence, so that underemployment is counted later as it stood at hire.
 * With an application (the person's, to an offer of this employer, sent or at interview), the
 * application moves to hired in the same transaction, so that "hired" always has its placement.
 * Published on the person's timeline and audited (field names, not values).
 */
export const recordPlacement = defineUseCase(
  placementBody,
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = placementActor(ctx, true);
    await requirePerson(trx, actor, input.personId);
    const employer = await employerSummary(trx, input.employerId, actor.organizationId);
    if (!employer) throw placementErrors.employerNotFound(undefined, [{ path: 'body.employerId' }]);
    if (input.siteId) {
      const site = await siteSummary(trx, input.siteId, actor.organizationId);
      if (!site || site.employerId !== employer.id || site.removed)
        throw placementErrors.siteNotOfEmployer(undefined, [{ path: 'body.siteId' }]);
    }
    // Read under lock until the hire commits; out of scope is 404, a state that forbids it 409.
    const application = input.applicationId
      ? await applicationForHire(trx, actor, input.applicationId)
      : null;
    if (
      application &&
      (application.personId !== input.personId ||
        application.employerId !== input.employerId ||
        (input.offerId && input.offerId !== application.offerId))
    )
      throw placementErrors.applicationMismatch(undefined, [{ path: 'body.applicationId' }]);
    const offerId = input.offerId ?? application?.offerId ?? null;
    if (offerId) {
      const offer = await offerSummary(trx, offerId, actor.organizationId);
      if (!offer || offer.employerId !== employer.id)
        throw placementErrors.offerNotOfEmployer(undefined, [{ path: 'body.offerId' }]);
    }
    const terms = {
      country: employer.country,
      contractType: input.contractType,
      startsOn: input.startsOn,
      plannedEndOn: input.plannedEndOn ?? null,
      hoursPerWeek: input.hoursPerWeek ?? null,
      wageCents: input.wage?.cents ?? null,
      wagePeriod: input.wage?.period ?? null,
    };
    const refusals = placementTermsRefusals(terms);
    if (refusals.length > 0)
      throw placementErrors.incoherent(
        { code: refusals[0]?.code ?? '' },
        refusals.map((r) => ({ path: `body.${r.field}`, code: r.code })),
      );

    let escoId: string | null = null;
    let iscoCode: string | null = null;
    const relations = occupationRelations();
    if (input.escoId) {
      escoId = escoIdOf(input.escoId);
      iscoCode = relations.facts(escoId).iscoCode;
      if (!iscoCode) throw placementErrors.occupationUnknown(undefined, [{ path: 'body.escoId' }]);
    }
    const files = await qualificationEvidenceOf(trx, input.personId, actor.organizationId);
    const evidence = {
      iscedLevels: files?.iscedLevels ?? [],
      formerOccupationIscoCodes: (files?.formerOccupationEscoIds ?? []).flatMap((id) => {
        const code = relations.facts(escoIdOf(id)).iscoCode;
        return code ? [code] : [];
      }),
    };
    const qualification = compareToQualification(iscoCode, evidence);

    const placement = {
      id: newId(),
      organizationId: actor.organizationId,
      personId: input.personId,
      employerId: employer.id,
      siteId: input.siteId ?? null,
      offerId,
      applicationId: input.applicationId ?? null,
      country: employer.country,
      jobTitle: input.jobTitle,
      escoId,
      iscoCode,
      contractType: input.contractType,
      workingTime: input.workingTime,
      hoursPerWeek: terms.hoursPerWeek,
      wageCents: terms.wageCents,
      wagePeriod: terms.wagePeriod,
      currency: currencyOfCountry[employer.country],
      startsOn: input.startsOn,
      plannedEndOn: terms.plannedEndOn,
      qualificationComparison: qualification.comparison,
      jobSkillLevel: qualification.jobLevel,
      personSkillLevel: qualification.personLevel,
      qualificationEvidence: evidence,
    };
    await placementsRepository(trx).insert(placement, actor.userId, now);
    if (application) {
      const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
      await markApplicationHired(
        trx,
        actor,
        application.applicationId,
        placement.id,
        // Dates as 'YYYY-MM-DD' sort as they fall: hired by the start, or today for a later start.
        [placement.startsOn, today].sort()[0] as string,
        { now, newId, requestId: ctx.requestId },
      );
    }
    await publishPlacementEvent(timeline, placement, {
      kind: 'placement.recorded',
      on: placement.startsOn,
      employerName: employer.name,
      recordedBy: actor.userId,
      until: placement.plannedEndOn,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'placement.record',
      resourceType: 'placement',
      resourceId: placement.id,
      personId: placement.personId,
      requestId: ctx.requestId,
      details: {
        employerId: employer.id,
        contractType: placement.contractType,
        withOffer: Boolean(placement.offerId),
        withApplication: Boolean(placement.applicationId),
        withWage: placement.wageCents !== null,
        qualification: qualification.comparison,
      },
    });
    return { id: placement.id };
  },
);
