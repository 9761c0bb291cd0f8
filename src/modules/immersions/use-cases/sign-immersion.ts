import { z } from 'zod';
import { signatureBody } from '../../../contracts/immersions.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { contactSummary, employerSummary } from '../../employers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { immersionsRepository } from '../adapters/immersions-repository.js';
import { signatureRefusals } from '../domain/immersion-rules.js';
import { immersionErrors } from '../errors.js';
import { followedPerson, immersionActor, visibleImmersion } from './immersion-access.js';
import { recordImmersionChange } from './immersion-events.js';
import { immersionFacts, immersionViews } from './immersion-views.js';

const input = signatureBody.extend({ immersionId: z.uuid() });

/**
 * Records that a signatory signed the agreement (on paper or in person), and when. The person, the
 * tutor and the counselor sign under their own names; the employer under its representative's name
 * when given, its own otherwise. Each signs once. Audited and on the person's timeline.
 */
export const signImmersion = defineUseCase(input, async ({ input, ctx, trx, now, audit, timeline }) => {
  const actor = immersionActor(ctx);
  const immersion = await visibleImmersion(trx, actor, input.immersionId, true);
  const facts = await immersionFacts(trx, immersion);
  const signedAt = new Date(input.signedAt);
  const refusals = signatureRefusals(facts, { signatory: input.signatory, signedAt }, now);
  if (refusals.some((r) => r.code === 'assessed')) throw immersionErrors.assessed();
  if (refusals.some((r) => r.code === 'already_signed')) throw immersionErrors.alreadySigned();
  if (refusals.length > 0) throw immersionErrors.signatureRefused(undefined, refusals);
  const employer = await employerSummary(trx, immersion.employerId, actor.organizationId);
  let signerName: string;
  switch (input.signatory) {
    case 'person': {
      const person = await followedPerson(trx, actor, immersion.personId);
      signerName = `${person.givenName} ${person.familyName}`;
      break;
    }
    case 'tutor': {
      const tutor = immersion.tutorContactId
        ? await contactSummary(trx, immersion.tutorContactId, immersion.employerId, actor.organizationId)
        : undefined;
      signerName = tutor ? `${tutor.givenName} ${tutor.familyName}` : '—';
      break;
    }
    case 'counselor': {
      const names = await accountsApi(trx).displayNames([immersion.counselorUserId]);
      signerName = names.get(immersion.counselorUserId) ?? '—';
      break;
    }
    case 'employer':
      signerName = input.signerName || employer?.name || '—';
  }
  await immersionsRepository(trx).insertSignature(
    immersion,
    // Names of up to 120 + 120 characters, an employer's of up to 200: kept within the column's 200.
    { signatory: input.signatory, signerName: signerName.slice(0, 200), signedAt, recordedBy: actor.userId },
    now,
  );
  await recordImmersionChange({ audit, timeline, ctx }, actor, immersion, {
    kind: 'immersion.signed',
    occurredAt: signedAt,
    employerName: employer?.name ?? '—',
    data: { signatory: input.signatory },
    details: { signatory: input.signatory, signatures: facts.signed.length + 1 },
  });
  const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
  const [view] = await immersionViews(trx, actor.organizationId, [immersion], today);
  return view!;
});
