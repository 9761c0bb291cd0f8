import { z } from 'zod';
import { retentionPurposes } from '../modules/privacy/domain/retention.js';
import { defineRoute, idParam, isoDate, isoDateTime } from './define.js';
import { plainText } from './primitives.js';

export { retentionPurposes } from '../modules/privacy/domain/retention.js';

const exportLocale = z.enum(['fr', 'en']);

export const privacyStateView = z.object({
  restricted: z.boolean(),
  restrictedAt: isoDateTime.nullable(),
  anonymized: z.boolean(),
  anonymizedAt: isoDateTime.nullable(),
  pseudonym: z.string().nullable(),
});

export const personPrivacyRoute = defineRoute({
  operationId: 'personPrivacy',
  method: 'GET',
  path: '/api/people/:id/privacy',
  policy: 'session',
  summary: "The person's privacy state (restricted, anonymized) and what the caller may do about it",
  tags: ['privacy'],
  params: idParam,
  response: privacyStateView.extend({
    restrictionReason: z.string().nullable(),
    may: z.object({ export: z.boolean(), restrict: z.boolean(), anonymize: z.boolean() }),
  }),
});

export const exportPersonDataRoute = defineRoute({
  operationId: 'exportPersonData',
  method: 'GET',
  path: '/api/people/:id/privacy/export.json',
  policy: 'session',
  summary:
    'Everything held on the person, one section per module, as a JSON file (GDPR art. 15 and 20); audited with section counts',
  tags: ['privacy'],
  params: idParam,
  response: z.string(),
});

export const exportPersonDataPdfRoute = defineRoute({
  operationId: 'exportPersonDataPdf',
  method: 'GET',
  path: '/api/people/:id/privacy/export.pdf',
  policy: 'session',
  summary: 'The same export, readable, as a PDF in French or English; audited',
  tags: ['privacy'],
  params: idParam,
  query: z.object({ locale: exportLocale.default('fr') }),
  response: z.string(),
});

export const restrictProcessingBody = z.object({ reason: plainText().trim().min(3).max(1000) });
export const restrictProcessingRoute = defineRoute({
  operationId: 'restrictProcessing',
  method: 'POST',
  path: '/api/people/:id/privacy/restriction',
  policy: 'session',
  summary:
    "Restrict the processing of the person's data (GDPR art. 18): the file stays readable, every change is refused, the person leaves the caseload",
  tags: ['privacy'],
  params: idParam,
  body: restrictProcessingBody,
  response: privacyStateView,
});

export const liftRestrictionRoute = defineRoute({
  operationId: 'liftRestriction',
  method: 'DELETE',
  path: '/api/people/:id/privacy/restriction',
  policy: 'session',
  summary: 'Lift the restriction of processing',
  tags: ['privacy'],
  params: idParam,
  response: privacyStateView,
});

export const anonymizePersonBody = z.object({ reason: plainText().trim().min(10).max(1000) });
export const anonymizePersonRoute = defineRoute({
  operationId: 'anonymizePerson',
  method: 'POST',
  path: '/api/people/:id/privacy/anonymization',
  policy: 'session',
  summary:
    "Anonymize the person everywhere, irreversibly (GDPR art. 17): identifying fields and free texts go, figures and the fund's books stay exact",
  tags: ['privacy'],
  params: idParam,
  body: anonymizePersonBody,
  response: z.object({ personId: z.uuid(), pseudonym: z.string(), anonymizedAt: isoDateTime }),
});

const retentionPolicyView = z.object({
  purpose: z.enum(retentionPurposes),
  months: z.number().int().nullable(),
  updatedAt: isoDateTime.nullable(),
});

export const retentionPoliciesRoute = defineRoute({
  operationId: 'retentionPolicies',
  method: 'GET',
  path: '/api/privacy/retention',
  policy: 'session',
  summary: "The organization's retention periods, per purpose (null: not set, nothing expires)",
  tags: ['privacy'],
  response: z.object({ items: z.array(retentionPolicyView) }),
});

export const setRetentionPoliciesBody = z.object({
  policies: z
    .array(
      z.object({ purpose: z.enum(retentionPurposes), months: z.number().int().min(1).max(1200).nullable() }),
    )
    .min(1)
    .max(retentionPurposes.length),
});
export const setRetentionPoliciesRoute = defineRoute({
  operationId: 'setRetentionPolicies',
  method: 'PUT',
  path: '/api/privacy/retention',
  policy: 'session',
  summary:
    'Set retention periods (directors and administrators); the nightly job anonymizes what has expired',
  tags: ['privacy'],
  body: setRetentionPoliciesBody,
  response: z.object({ items: z.array(retentionPolicyView) }),
});

export const processingRegisterView = z.object({
  organization: z.object({ id: z.uuid(), name: z.string() }),
  locale: exportLocale,
  drawnUpOn: isoDate,
  partners: z.array(z.string()),
  activities: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      purpose: z.string(),
      legalBasis: z.string(),
      dataCategories: z.array(z.string()),
      peopleCategories: z.array(z.string()),
      recipients: z.array(z.string()),
      retention: z.object({
        purpose: z.enum(retentionPurposes).nullable(),
        months: z.number().int().nullable(),
        text: z.string().nullable(),
      }),
    }),
  ),
  securityMeasures: z.array(z.string()),
});

export const processingRegisterRoute = defineRoute({
  operationId: 'processingRegister',
  method: 'GET',
  path: '/api/privacy/register',
  policy: 'session',
  summary: "The organization's register of processing activities (GDPR art. 30)",
  tags: ['privacy'],
  query: z.object({ locale: exportLocale.default('fr') }),
  response: processingRegisterView,
});

export const processingRegisterPdfRoute = defineRoute({
  operationId: 'processingRegisterPdf',
  method: 'GET',
  path: '/api/privacy/register.pdf',
  policy: 'session',
  summary: 'The register of processing activities as a PDF to print',
  tags: ['privacy'],
  query: z.object({ locale: exportLocale.default('fr') }),
  response: z.string(),
});
