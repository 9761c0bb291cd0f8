import { z } from 'zod';
import type { MoveView } from '../../../contracts/moves.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { handoffsSentFrom } from '../../handoffs/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { personSummary } from '../../people/api.js';
import { findPlaces, type PlaceCountry } from '../../places/api.js';
import { programNames } from '../../programs/api.js';
import { movesRepository } from '../adapters/moves-repository.js';
import { householdSize } from '../domain/move-rules.js';
import { moveActor, requirePerson } from './move-access.js';

/**
 * The moves recorded on a file (the household's main contact's) or naming the person as one who
 * moved, latest first, with the hand-off to the regional partner they name. The read is audited.
 */
export const personMoves = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, audit }): Promise<{ items: MoveView[] }> => {
    const actor = moveActor(ctx, false);
    const person = await requirePerson(trx, actor, input.personId);
    const rows = await movesRepository(trx).naming(person.id, actor.organizationId);
    const places = await findPlaces(
      trx,
      rows.map((r) => ({ country: r.destination_country as PlaceCountry, code: r.destination_code })),
    );
    const placeName = new Map(places.map((p) => [`${p.country}:${p.code}`, p.name]));
    const userNames = await accountsApi(trx).displayNames([
      ...new Set(rows.map((r) => r.recorded_by).filter((id): id is string => id !== null)),
    ]);
    const organizations = organizationsApi(trx);
    const receiverIds = [
      ...new Set(rows.map((r) => r.receiving_organization_id).filter((id): id is string => id !== null)),
    ];
    const receivers = new Map(
      (await organizations.listOrganizations(receiverIds)).map((o) => [o.id, o.name]),
    );
    const items: MoveView[] = [];
    const handoffsByFile = new Map<string, Awaited<ReturnType<typeof handoffsSentFrom>>>();
    for (const row of rows) {
      let handoffs = handoffsByFile.get(row.person_id);
      if (!handoffs) {
        handoffs = await handoffsSentFrom(trx, actor.organizationId, row.person_id);
        handoffsByFile.set(row.person_id, handoffs);
      }
      const handoff = row.receiving_organization_id
        ? handoffs.find((h) => h.receiverOrganizationId === row.receiving_organization_id)
        : undefined;
      const members = [];
      for (const memberId of [row.person_id, ...row.member_person_ids]) {
        const member = await personSummary(trx, memberId, actor.organizationId);
        if (member)
          members.push({ personId: member.id, name: `${member.givenName} ${member.familyName}`.trim() });
      }
      const program = row.program_id ? await programNames(trx, row.program_id) : undefined;
      items.push({
        id: row.id,
        personId: row.person_id,
        movedOn: row.moved_on,
        destination: {
          country: row.destination_country,
          code: row.destination_code,
          name: placeName.get(`${row.destination_country}:${row.destination_code}`) ?? null,
        },
        region: { country: row.region_country, code: row.region_code, name: row.region_name },
        housing: row.housing,
        activity: row.activity,
        activityNote: row.activity_note,
        members,
        dependants: row.dependants,
        householdSize: householdSize([row.person_id, ...row.member_person_ids], row.dependants),
        program: program ?? null,
        exitRecorded: row.exit_id !== null,
        receivingOrganization: row.receiving_organization_id
          ? { id: row.receiving_organization_id, name: receivers.get(row.receiving_organization_id) ?? '' }
          : null,
        handoff: handoff ? { id: handoff.id, status: handoff.status } : null,
        note: row.note,
        status: row.status,
        recordedAt: row.recorded_at.toISOString(),
        recordedByName: row.recorded_by ? (userNames.get(row.recorded_by) ?? null) : null,
        cancelReason: row.cancel_reason,
        cancelledAt: row.cancelled_at ? row.cancelled_at.toISOString() : null,
      });
    }
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'move.list',
      resourceType: 'person',
      resourceId: person.id,
      personId: person.id,
      requestId: ctx.requestId,
      details: { results: items.length },
    });
    return { items };
  },
);
