import { z } from 'zod';
import { alertCodes } from '../modules/caseload/domain/caseload-signals.js';
import { consentPurposes } from '../modules/people/domain/file-vocabulary.js';
import { immigrationStatuses } from '../modules/people/domain/immigration-status.js';
import { defineRoute, idParam } from './define.js';
import { enrolmentStatuses } from './programs.js';

const personOverview = z
  .object({
    id: z.uuid(),
    identity: z.object({
      givenName: z.string(),
      familyName: z.string(),
      givenNameOriginal: z.string().nullable(),
      familyNameOriginal: z.string().nullable(),
      age: z.number().int().nullable(),
      city: z.string().nullable(),
      preferredLanguage: z.string().nullable(),
      /** Occupations held, the latest first; an ESCO occupation is named in the reader's language. */
      occupations: z.array(z.string()),
    }),
    /** Null when the caller's role may not see the immigration status (then `sensitiveHidden`). */
    status: z
      .object({
        immigrationStatus: z.enum(immigrationStatuses).nullable(),
        statusDate: z.string().nullable(),
        asylumApplicationDate: z.string().nullable(),
      })
      .nullable(),
    sensitiveHidden: z.boolean(),
    referent: z.object({ userId: z.uuid(), name: z.string().nullable() }).nullable(),
    programs: z.array(
      z.object({
        enrolmentId: z.uuid(),
        programId: z.uuid(),
        nameFr: z.string(),
        nameEn: z.string(),
        status: z.enum(enrolmentStatuses),
        enrolledOn: z.string(),
        endedOn: z.string().nullable(),
        /** An enrolment of a file merged into this one (docs/duplicates.md): read-only here, kept on that file. */
        fromMergedFile: z
          .object({ personId: z.uuid(), givenName: z.string(), familyName: z.string() })
          .nullable(),
      }),
    ),
    consents: z.array(
      z.object({
        purpose: z.enum(consentPurposes),
        inForce: z.boolean(),
        expiresOn: z.string().nullable(),
        revokedOn: z.string().nullable(),
      }),
    ),
    /**
     * The follow-up part (alerts, appointments, contacts, plan): null for the roles that do not read
     * people's plans and follow-up (administrators), as on the caseload.
     */
    followUp: z
      .object({
        alerts: z.array(z.enum(alertCodes)),
        nextAppointmentAt: z.string().nullable(),
        lastContactOn: z.string().nullable(),
        contactsLast30Days: z.number().int(),
        expectedContacts: z.number().int().nullable(),
        missedAppointments: z.number().int(),
        overdueSteps: z.number().int(),
        nextStep: z.object({ title: z.string(), dueOn: z.string() }).nullable(),
        plan: z
          .object({
            planId: z.uuid(),
            status: z.enum(['draft', 'active', 'closed']),
            done: z.number().int(),
            counted: z.number().int(),
            percent: z.number().int().nullable(),
            overdueSteps: z.number().int(),
            signature: z.enum(['unsigned', 'signed', 'changed_since_signature']),
          })
          .nullable(),
      })
      .nullable(),
    today: z.string(),
  })
  .meta({ id: 'PersonOverview' });
export type PersonOverviewView = z.infer<typeof personOverview>;

export const getPersonOverviewRoute = defineRoute({
  operationId: 'getPersonOverview',
  method: 'GET',
  path: '/api/people/:id/overview',
  policy: 'session',
  summary:
    "The first screen of a person's file in one read: identity in both scripts, status (for the roles allowed), programs, referent, alerts, next appointment, plan progress, last contact, consents; audited as a read of the file",
  tags: ['people'],
  params: idParam,
  response: personOverview,
});
