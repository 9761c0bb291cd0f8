import { z } from 'zod';
import type { sessionKinds } from '../../../contracts/sessions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { sessionsReadRepository } from '../adapters/sessions-read-repository.js';
import { attestationRule } from '../domain/attestation-rule.js';
import { sessionStaffRoles } from './session-access.js';

export const listSessionTypes = defineUseCase(z.object({}), async ({ ctx, trx }) => {
  const actor = requireActor(ctx);
  requireRole(actor, sessionStaffRoles);
  const rows = await sessionsReadRepository(trx).typesOf(actor.organizationId);
  return {
    items: rows.map((r) => ({
      ...r,
      kind: r.kind as (typeof sessionKinds)[number],
      attestationRule: r.attestationRule ? attestationRule.parse(r.attestationRule) : null,
    })),
  };
});
