import { z } from 'zod';
import { dayInZone } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { renderAgreementPdf } from '../adapters/agreement-pdf.js';
import { agreementLanguages } from '../domain/vocabulary.js';
import { followedPerson, immersionActor, visibleImmersion } from './immersion-access.js';
import { immersionViews } from './immersion-views.js';

/**
 * The agreement as a PDF to print, sign and keep, in its language unless another is asked for: the
 * parties, the terms, each signature with its moment in the organization's time zone (or a line to
 * sign), and once known the missed hours and the assessment. Names in any script. Audited.
 */
export const immersionAgreement = defineUseCase(
  z.object({ immersionId: z.uuid(), locale: z.enum(agreementLanguages).optional() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = immersionActor(ctx);
    const immersion = await visibleImmersion(trx, actor, input.immersionId);
    const person = await followedPerson(trx, actor, immersion.personId);
    const organizations = organizationsApi(trx);
    const [timeZone, [organization]] = await Promise.all([
      organizations.timeZoneOf(actor.organizationId),
      organizations.listOrganizations([actor.organizationId]),
    ]);
    const today = dayInZone(now, timeZone);
    const [view] = await immersionViews(trx, actor.organizationId, [immersion], today);
    const locale = input.locale ?? immersion.language;
    const pdf = await renderAgreementPdf({
      locale,
      immersion: view!,
      personName: `${person.givenName} ${person.familyName}`,
      personNameOriginal:
        [person.givenNameOriginal, person.familyNameOriginal].filter(Boolean).join(' ') || null,
      personBirthDate: person.birthDate,
      organizationName: organization?.name ?? '',
      timeZone,
      printedOn: today,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'immersion.print',
      resourceType: 'immersion',
      resourceId: immersion.id,
      personId: immersion.personId,
      requestId: ctx.requestId,
      details: { locale, signatures: view!.signatures.length },
    });
    const slug = `${person.familyName}-${person.givenName}`.normalize('NFD').replace(/[^A-Za-z0-9-]/g, '');
    return { filename: `immersion-${slug}-${locale}.pdf`, pdf };
  },
);
