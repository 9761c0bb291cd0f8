import { z } from 'zod';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { personSummary } from '../../people/api.js';
import { sessionsReadRepository } from '../adapters/sessions-read-repository.js';
import { sessionErrors } from '../errors.js';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${part[0]?.toUpperCase()}.`)
    .join(' ');
}

/**
 * Anyone holding an attestation (an employer, a school) checks it by its code. The answer says whether
 * it is the one in force and what it certifies, with the holder's initials only: the name is on the
 * document they hold. Every check is audited.
 */
export const verifyAttestation = defineUseCase(
  z.object({ code: z.string().max(20) }),
  async ({ input, ctx, trx, audit }) => {
    const found = await sessionsReadRepository(trx).attestationByCode(input.code.toUpperCase());
    if (!found) throw sessionErrors.attestationNotFound();
    const [person, staffNames, organizations] = await Promise.all([
      found.personId ? personSummary(trx, found.personId, found.participantOrganizationId) : undefined,
      accountsApi(trx).displayNames(found.userId ? [found.userId] : []),
      organizationsApi(trx).listOrganizations([found.organizationId]),
    ]);
    const name = person
      ? `${person.givenName} ${person.familyName}`
      : found.userId
        ? (staffNames.get(found.userId) ?? '')
        : '';
    await audit.record({
      actorUserId: null,
      organizationId: null,
      subjectOrganizationId: found.organizationId,
      action: 'attestation.verify',
      resourceType: 'session_attestation',
      resourceId: found.id,
      personId: found.personId,
      requestId: ctx.requestId,
      details: { superseded: found.supersededAt !== null },
    });
    return {
      status: found.supersededAt ? ('superseded' as const) : ('valid' as const),
      participantInitials: initials(name),
      sessionTitle: found.sessionTitle,
      organizationName: organizations[0]?.name ?? '',
      issuedOn: found.issuedOn,
      attendedMinutes: found.attendedMinutes,
      scheduledMinutes: found.scheduledMinutes,
    };
  },
);
