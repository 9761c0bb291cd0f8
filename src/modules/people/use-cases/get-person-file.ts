import { z } from 'zod';
import type { PersonFileView } from '../../../contracts/people.js';
import { requireActor } from '../../../core/auth/actor.js';
import { ageOn } from '../../../core/calendar.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { occupationNamer } from '../../reference/api.js';
import { peopleRepository } from '../adapters/people-repository.js';
import { personFileItems } from '../adapters/person-file-repository.js';
import { consentState } from '../domain/consent.js';
import { sensitiveBarrierCategories } from '../domain/file-vocabulary.js';
import { consentPartnerNames } from './consent-partners.js';
import { seesSensitive, visiblePerson } from './person-access.js';

/** The whole file; immigration status details and health barriers only for the roles that may see them. */
export const getPersonFile = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, deps }): Promise<PersonFileView> => {
    const actor = requireActor(ctx);
    const person = await visiblePerson(trx, actor, input.personId);
    const repo = peopleRepository(trx, deps.keyRing);
    const items = await personFileItems(trx, deps.keyRing, person.id);
    const sensitive = seesSensitive(actor);
    // Opened only for the roles that may see it: for the others it stays sealed, even in memory.
    const status = sensitive ? repo.statusOf(person) : null;
    const referentName = person.referentUserId
      ? ((await accountsApi(trx).displayNames([person.referentUserId])).get(person.referentUserId) ?? null)
      : null;
    // An ESCO occupation is named in the reader's language, whatever the language it was picked in.
    const occupationName = await occupationNamer(
      trx,
      items.experience.map((e) => e.esco_id),
      ctx.locale,
    );
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const partnerNames = await consentPartnerNames(trx, items.consents);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: person.organizationId,
      action: 'person.read',
      resourceType: 'person',
      resourceId: person.id,
      personId: person.id,
      requestId: ctx.requestId,
      details: { sensitiveShown: sensitive },
    });
    return {
      id: person.id,
      organizationId: person.organizationId,
      identity: {
        givenName: person.givenName,
        familyName: person.familyName,
        givenNameOriginal: person.givenNameOriginal,
        familyNameOriginal: person.familyNameOriginal,
        sex: person.sex,
        birthDate: person.birthDate,
        nationality: person.nationality,
        phone: person.phone,
        email: person.email,
        address: person.address,
        city: person.city,
        region: person.region,
        country: person.country,
        preferredLanguage: person.preferredLanguage,
        immigrationStatus: (status?.immigrationStatus ??
          null) as PersonFileView['identity']['immigrationStatus'],
        statusDate: status?.statusDate ?? null,
        asylumApplicationDate: status?.asylumApplicationDate ?? null,
        arrivalDate: person.arrivalDate,
        referentUserId: person.referentUserId,
        referentName,
      },
      sensitiveHidden: !sensitive,
      age: person.birthDate ? ageOn(person.birthDate, today) : null,
      householdSize: 1 + items.household.length,
      languages: items.languages.map((l) => ({
        id: l.id,
        language: l.language,
        motherTongue: l.mother_tongue,
        scale: l.scale,
        skill: l.skill as PersonFileView['languages'][number]['skill'],
        level: l.level,
        testName: l.test_name,
        testDate: l.test_date,
      })),
      education: items.education.map((e) => ({
        id: e.id,
        iscedLevel: e.isced_level,
        field: e.field,
        country: e.country,
        yearCompleted: e.year_completed,
        obtainedAbroad: e.obtained_abroad,
        recognitionStatus: e.recognition_status as PersonFileView['education'][number]['recognitionStatus'],
      })),
      experience: items.experience.map((e) => ({
        id: e.id,
        occupationLabel: occupationName(e.esco_id, person.sex) ?? e.occupation_label,
        escoId: e.esco_id,
        employer: e.employer,
        country: e.country,
        startYear: e.start_year,
        endYear: e.end_year,
      })),
      barriers: items.barriers
        .filter((b) => sensitive || !sensitiveBarrierCategories.includes(b.category))
        .map((b) => ({
          id: b.id,
          category: b.category as PersonFileView['barriers'][number]['category'],
          status: b.status as PersonFileView['barriers'][number]['status'],
          identifiedOn: b.identified_on,
          resolvedOn: b.resolved_on,
          note: b.note,
        })),
      household: items.household.map((h) => ({
        id: h.id,
        relation: h.relation as PersonFileView['household'][number]['relation'],
        givenName: h.given_name,
        birthYear: h.birth_year,
      })),
      consents: items.consents.map((c) => {
        const record = {
          purpose: c.purpose,
          partnerOrganizationIds: c.partner_organization_ids,
          partnerConsortiumIds: c.partner_consortium_ids,
          givenOn: c.given_on,
          expiresOn: c.expires_on,
          revokedOn: c.revoked_on,
        };
        const state = consentState(record, today);
        return {
          id: c.id,
          ...record,
          purpose: c.purpose as PersonFileView['consents'][number]['purpose'],
          covers: c.covers as PersonFileView['consents'][number]['covers'],
          inForce: state === 'in_force',
          state,
          ...partnerNames(c),
        };
      }),
      createdAt: person.createdAt.toISOString(),
      updatedAt: person.updatedAt.toISOString(),
    };
  },
);
