import { z } from 'zod';
import { consentSections } from '../modules/people/domain/consent.js';
import { declineReasons, referralKinds, referralStatuses } from '../modules/referrals/domain/vocabulary.js';
import { defineRoute, idParam } from './define.js';
import { optionalText, plainText, storableUrl, text } from './primitives.js';
import { sharedPersonView } from './sharing.js';

export { declineReasons, referralKinds, referralStatuses };

/**
 * Referrals (orientations) between organizations of the platform and to services of the partner
 * directory (docs/referrals.md): the sender chooses what travels within the person's consent, the
 * receiver accepts, declines with a coded reason or completes, the sender sees the status.
 */
const section = z.enum(consentSections);
const staff = z.object({ userId: z.uuid(), name: z.string().nullable() });
const organization = z.object({ id: z.uuid(), name: z.string() });

export const sendReferralBody = z
  .object({
    personId: z.uuid(),
    receiverOrganizationId: z
      .uuid()
      .nullish()
      .describe('Another organization of the platform, of your consortia'),
    serviceId: z.uuid().nullish().describe('Or a service of the partner directory'),
    purpose: z.enum(referralKinds),
    programId: z
      .uuid()
      .nullish()
      .describe(
        "The program it is made in: one the organization and the receiver both take part in; null for none; absent, the person's open enrolment when exactly one is in such a program",
      ),
    sections: z
      .array(section)
      .max(consentSections.length)
      .default([])
      .describe('What travels with a referral to an organization: never more than the consent covers'),
    message: optionalText(2000),
  })
  .refine((b) => Boolean(b.receiverOrganizationId) !== Boolean(b.serviceId), {
    message: 'Refer either to an organization or to a service of the directory',
    path: ['receiverOrganizationId'],
  })
  .refine((b) => !b.serviceId || b.sections.length === 0, {
    message: 'Nothing of the file travels to a service outside the platform through it',
    path: ['sections'],
  });

export const referralView = z
  .object({
    id: z.uuid(),
    /** Seen from the caller's organization. */
    direction: z.enum(['sent', 'received']),
    status: z.enum(referralStatuses),
    purpose: z.enum(referralKinds),
    /** The program it was made in, if any. */
    program: z.object({ id: z.uuid(), nameFr: z.string(), nameEn: z.string() }).nullable(),
    sender: organization,
    sentBy: staff,
    sentAt: z.string(),
    receiver: organization.nullable(),
    service: z.object({ id: z.uuid(), name: z.string(), providerName: z.string().nullable() }).nullable(),
    sections: z.array(section),
    message: z.string().nullable(),
    /** The sender's file (sent), or who the person is when the referral shares the identity and a consent in force still allows it (received); null otherwise. */
    person: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }).nullable(),
    /** Received: whether the person's data may still be read (a consent in force names the receiver). */
    personShared: z.boolean(),
    answeredAt: z.string().nullable(),
    answeredBy: staff.nullable(),
    declineReason: z.enum(declineReasons).nullable(),
    declineNote: z.string().nullable(),
    completedAt: z.string().nullable(),
    outcomeNote: z.string().nullable(),
    /** Received: the receiver's file once it registered or linked the person. */
    receiverPersonId: z.uuid().nullable(),
    /** Days since it was sent, while pending. */
    pendingDays: z.number().int().nullable(),
  })
  .meta({ id: 'Referral' });

export const listReferralsRoute = defineRoute({
  operationId: 'listReferrals',
  method: 'GET',
  path: '/api/referrals',
  policy: 'session',
  summary:
    'Referrals my organization received (the inbox) or sent, newest first; a received one names the person only while a consent in force shares the identity',
  tags: ['referrals'],
  query: z.object({
    box: z.enum(['received', 'sent']).default('received'),
    status: z.enum(referralStatuses).optional(),
  }),
  response: z.object({ items: z.array(referralView) }),
});

export const sendReferralRoute = defineRoute({
  operationId: 'sendReferral',
  method: 'POST',
  path: '/api/referrals',
  policy: 'session',
  summary:
    'Refer a person the organization follows to another organization of its consortia (a consent in force naming it is required: 409 REFERRAL_CONSENT_MISSING) or to a service of the directory',
  tags: ['referrals'],
  body: sendReferralBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const referralTargetsRoute = defineRoute({
  operationId: 'referralTargets',
  method: 'GET',
  path: '/api/referrals/targets',
  policy: 'session',
  summary:
    'Where a person may be referred: the other organizations of my consortia, each with the sections a consent in force lets travel to it, and the services of the directory',
  tags: ['referrals'],
  query: z.object({ personId: z.uuid() }),
  response: z.object({
    organizations: z.array(
      organization.extend({
        /** Empty: no consent in force names it; record one first. */
        sections: z.array(section),
        /** Those of `programs` it takes part in too: a referral to it may be made in them. */
        programIds: z.array(z.uuid()),
      }),
    ),
    /** The programs of the person's open enrolments with my organization (a referral may be made in one). */
    programs: z.array(z.object({ id: z.uuid(), nameFr: z.string(), nameEn: z.string() })),
    services: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        providerName: z.string().nullable(),
        kind: z.enum(referralKinds),
      }),
    ),
  }),
});

export const getReferralRoute = defineRoute({
  operationId: 'getReferral',
  method: 'GET',
  path: '/api/referrals/:id',
  policy: 'session',
  summary: 'A referral my organization sent or received (404 for anyone else)',
  tags: ['referrals'],
  params: idParam,
  response: referralView,
});

export const referralPersonRoute = defineRoute({
  operationId: 'referralPerson',
  method: 'GET',
  path: '/api/referrals/:id/person',
  policy: 'session',
  summary:
    'The receiver reads what the referral shares of the person: the sections chosen that a consent in force still covers (404 once none does); each read audited under its consent',
  tags: ['referrals'],
  params: idParam,
  response: sharedPersonView,
});

export const acceptReferralRoute = defineRoute({
  operationId: 'acceptReferral',
  method: 'POST',
  path: '/api/referrals/:id/accept',
  policy: 'session',
  summary: 'The receiver accepts a pending referral (the sender records a directory service’s acceptance)',
  tags: ['referrals'],
  params: idParam,
  response: z.undefined(),
  successStatus: 204,
});

export const declineReferralRoute = defineRoute({
  operationId: 'declineReferral',
  method: 'POST',
  path: '/api/referrals/:id/decline',
  policy: 'session',
  summary: 'The receiver declines a pending or accepted referral with a coded reason ("other" asks a note)',
  tags: ['referrals'],
  params: idParam,
  body: z
    .object({ reason: z.enum(declineReasons), note: optionalText(1000) })
    .refine((b) => b.reason !== 'other' || Boolean(b.note), {
      message: 'Say why in a few words',
      path: ['note'],
    }),
  response: z.undefined(),
  successStatus: 204,
});

export const completeReferralRoute = defineRoute({
  operationId: 'completeReferral',
  method: 'POST',
  path: '/api/referrals/:id/complete',
  policy: 'session',
  summary: 'The receiver completes an accepted referral with what came of it',
  tags: ['referrals'],
  params: idParam,
  body: z.object({ outcomeNote: optionalText(2000) }),
  response: z.undefined(),
  successStatus: 204,
});

export const withdrawReferralRoute = defineRoute({
  operationId: 'withdrawReferral',
  method: 'POST',
  path: '/api/referrals/:id/withdraw',
  policy: 'session',
  summary: 'The sender withdraws a referral nobody answered yet',
  tags: ['referrals'],
  params: idParam,
  response: z.undefined(),
  successStatus: 204,
});

export const linkReferralRoute = defineRoute({
  operationId: 'linkReferral',
  method: 'POST',
  path: '/api/referrals/:id/link',
  policy: 'session',
  summary: 'The receiver links an accepted referral to the file it opened (or already had) for the person',
  tags: ['referrals'],
  params: idParam,
  body: z.object({ personId: z.uuid() }),
  response: z.undefined(),
  successStatus: 204,
});

export const personReferralsRoute = defineRoute({
  operationId: 'personReferrals',
  method: 'GET',
  path: '/api/people/:id/referrals',
  policy: 'session',
  summary:
    "A person's referrals: those my organization sent from the file and those it received and linked to it",
  tags: ['referrals'],
  params: idParam,
  response: z.object({ items: z.array(referralView) }),
});

export const serviceBody = z.object({
  name: text(200),
  providerName: optionalText(200),
  kind: z.enum(referralKinds),
  address: optionalText(300),
  area: optionalText(200).describe('Town or area served'),
  phone: optionalText(40),
  email: z.string().trim().email().max(254).nullish(),
  website: storableUrl({ protocol: /^https?$/ })
    .max(500)
    .nullish(),
  languages: z
    .array(plainText().trim().min(2).max(12))
    .max(20)
    .default([])
    .describe('Languages spoken there (BCP 47 tags)'),
  notes: optionalText(2000),
  sharedWithConsortium: z.boolean().default(false),
  archived: z.boolean().default(false),
});

export const serviceView = z
  .object({
    id: z.uuid(),
    organization,
    /** Whether the caller's organization keeps it (else a consortium partner shares it: read only). */
    own: z.boolean(),
    name: z.string(),
    providerName: z.string().nullable(),
    kind: z.enum(referralKinds),
    address: z.string().nullable(),
    area: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    languages: z.array(z.string()),
    notes: z.string().nullable(),
    sharedWithConsortium: z.boolean(),
    archived: z.boolean(),
  })
  .meta({ id: 'ReferralService' });

export const listServicesRoute = defineRoute({
  operationId: 'listReferralServices',
  method: 'GET',
  path: '/api/referral-services',
  policy: 'session',
  summary: "The partner directory: my organization's services and those its consortium partners share",
  tags: ['referrals'],
  query: z.object({ archived: z.enum(['true', 'false']).default('false') }),
  response: z.object({ items: z.array(serviceView) }),
});

export const createServiceRoute = defineRoute({
  operationId: 'createReferralService',
  method: 'POST',
  path: '/api/referral-services',
  policy: 'session',
  summary: 'Add a service to the partner directory',
  tags: ['referrals'],
  body: serviceBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const updateServiceRoute = defineRoute({
  operationId: 'updateReferralService',
  method: 'PUT',
  path: '/api/referral-services/:id',
  policy: 'session',
  summary: 'Correct or archive a service of my directory (a partner’s is read only)',
  tags: ['referrals'],
  params: idParam,
  body: serviceBody,
  response: z.undefined(),
  successStatus: 204,
});
