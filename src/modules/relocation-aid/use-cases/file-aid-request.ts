import { z } from 'zod';
import { fileAidRequestBody } from '../../../contracts/relocation-aid.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { documentBelongsTo } from '../../documents/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { eligibilityFacts } from '../../people/api.js';
import { staysOfPerson } from '../../regions/api.js';
import { aidRepository } from '../adapters/aid-repository.js';
import { purposeOfKind } from '../domain/vocabulary.js';
import { aidErrors } from '../errors.js';
import { aidFilingRoles, programTakenPart } from './aid-access.js';

/**
 * A request on a person's file by the organization that follows them, a member of the program: for a
 * trip of an exploratory stay (optionally naming the stay, whose region it takes) or for the move (the
 * destination region). Receipts are documents of the person's file; the household members taking part
 * must be in the person's household now. The household key counts the household once.
 */
export const fileAidRequest = defineUseCase(
  fileAidRequestBody.extend({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline, deps }) => {
    const actor = requireActor(ctx);
    requireRole(actor, aidFilingRoles);
    const facts = await eligibilityFacts(trx, deps.keyRing, input.personId, actor.organizationId);
    if (!facts) throw aidErrors.personNotFound();
    const program = await programTakenPart(trx, actor, input.programId);
    if (input.lines.some((l) => purposeOfKind(l.kind) !== input.purpose))
      throw aidErrors.kindOfOtherPurpose(undefined, [{ path: 'body.lines', code: 'purpose' }]);
    for (const [i, line] of input.lines.entries()) {
      if (
        line.receiptDocumentId &&
        !(await documentBelongsTo(trx, line.receiptDocumentId, actor.organizationId, facts.personId))
      )
        throw aidErrors.receiptNotOfPerson(undefined, [
          { path: `body.lines.${i}.receiptDocumentId`, code: 'not_found' },
        ]);
    }
    const travellers = [...new Set(input.travellerPersonIds.filter((id) => id !== facts.personId))];
    // A member is a file of the organization counted under the same household key: in one household now.
    for (const travellerId of travellers) {
      const traveller = await eligibilityFacts(trx, deps.keyRing, travellerId, actor.organizationId);
      if (!traveller || traveller.householdKey !== facts.householdKey)
        throw aidErrors.travellerNotInHousehold(undefined, [
          { path: 'body.travellerPersonIds', code: 'not_member' },
        ]);
    }
    let regionCountry: string = input.regionCountry;
    let regionCode: string | null = input.regionCode ?? null;
    let stayId: string | null = null;
    if (input.stayId) {
      if (input.purpose !== 'exploratory_stay')
        throw aidErrors.stayNotOfPerson(undefined, [{ path: 'body.stayId', code: 'not_a_trip' }]);
      const stay = (await staysOfPerson(trx, facts.personId, actor.organizationId)).find(
        (s) => s.id === input.stayId,
      );
      if (!stay) throw aidErrors.stayNotOfPerson(undefined, [{ path: 'body.stayId', code: 'not_found' }]);
      stayId = stay.id;
      regionCountry = stay.regionCountry;
      regionCode = stay.regionCode;
    }
    if (!regionCode)
      throw aidErrors.regionUnknown(undefined, [{ path: 'body.regionCode', code: 'required' }]);
    const id = newId();
    const filedOn = await organizationsApi(trx).todayOf(actor.organizationId, now);
    await aidRepository(trx).insertRequest({
      id,
      organizationId: actor.organizationId,
      personId: facts.personId,
      programId: program.id,
      ownerOrganizationId: program.organizationId,
      householdKey: facts.householdKey,
      householdSize: Math.max(1, facts.householdSize, travellers.length + 1 + input.dependantsCount),
      travellerPersonIds: travellers,
      dependantsCount: input.dependantsCount,
      purpose: input.purpose,
      stayId,
      regionCountry,
      regionCode,
      note: input.note ?? null,
      filedOn,
      filedBy: actor.userId,
      now,
      lines: input.lines.map((l) => ({
        kind: l.kind,
        description: l.description ?? null,
        amountCents: l.amountCents,
        receiptDocumentId: l.receiptDocumentId ?? null,
      })),
    });
    const askedCents = input.lines.reduce((s, l) => s + l.amountCents, 0);
    await timeline.publish({
      organizationId: actor.organizationId,
      personId: facts.personId,
      occurredAt: now,
      module: 'relocation-aid',
      kind: 'relocation_aid.requested',
      resourceType: 'aid_request',
      resourceId: id,
      data: { purpose: input.purpose, askedCents, regionCode },
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'relocation_aid.request_file',
      resourceType: 'aid_request',
      resourceId: id,
      personId: facts.personId,
      requestId: ctx.requestId,
      details: { purpose: input.purpose, lines: input.lines.length, travellers: travellers.length },
    });
    return { id };
  },
);
