import { z } from 'zod';
import { duplicateReasons } from '../modules/people/domain/duplicate-score.js';
import { consentPurposes } from '../modules/people/domain/file-vocabulary.js';
import { defineRoute } from './define.js';
import { createPersonBody } from './people.js';
import { birthDate, optionalText, pastDate, plainText } from './primitives.js';
import { eligibilityCheckView, eligibilityView, enrolmentBody } from './programs.js';

/**
 * The guided intake: look for the person's existing file before opening one, check a program's rules
 * on what was typed (nothing is written), then open the file with its consent and the enrolment in
 * one transaction — a refusal saves nothing.
 */

export const duplicateSearchBody = z
  .object({
    givenName: optionalText(120),
    familyName: optionalText(120),
    givenNameOriginal: optionalText(120).describe('As the person writes it, in any script'),
    familyNameOriginal: optionalText(120).describe('As the person writes it, in any script'),
    birthDate: birthDate().nullish(),
    phone: optionalText(40),
    email: plainText().trim().max(320).nullish().describe('Compared without case; need not be complete'),
  })
  .describe('What is known of the person; every field may be empty');

export const duplicateMatchReasons = ['name', 'birthDate', 'phone', 'email'] as const;

export const possibleDuplicate = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  givenNameOriginal: z.string().nullable(),
  familyNameOriginal: z.string().nullable(),
  birthDate: z.string().nullable(),
  city: z.string().nullable(),
  /** What matched, strongest first. */
  matchedOn: z.array(z.enum(duplicateMatchReasons)),
  /** The duplicate rule's reasons for and against (people/domain/duplicate-score.ts), strongest first. */
  reasons: z.array(z.enum(duplicateReasons)),
  /** The rule's evidence score; a possible duplicate from its threshold on (docs/duplicates.md). */
  score: z.number(),
});

export const findPossibleDuplicatesRoute = defineRoute({
  operationId: 'findPossibleDuplicates',
  method: 'POST',
  path: '/api/intake/possible-duplicates',
  policy: 'session',
  summary:
    'Files of my organization that may be this person (name in any script with its variants, typo-tolerant; birth date with its usual errors; phone; e-mail), best first, and whether another member organization of a consortium follows a possible match (nothing more). A POST so that names stay out of addresses',
  tags: ['people'],
  body: duplicateSearchBody,
  response: z.object({
    items: z.array(possibleDuplicate),
    /** Another member organization of a consortium follows a file the rule takes for this person: nothing more is said. */
    consortium: z.object({ possibleMatchElsewhere: z.boolean() }),
  }),
});

export const intakeEligibilityCheckBody = z.object({
  programId: z.uuid(),
  person: createPersonBody,
  onDate: enrolmentBody.shape.enrolledOn,
});

export const checkIntakeEligibilityRoute = defineRoute({
  operationId: 'checkIntakeEligibility',
  method: 'POST',
  path: '/api/intake/eligibility-check',
  policy: 'session',
  summary: 'Evaluate every rule of a program on a file not yet saved (the intake form); nothing is written',
  tags: ['programs'],
  body: intakeEligibilityCheckBody,
  response: eligibilityCheckView,
});

export const intakeBody = z.object({
  person: createPersonBody,
  /** The person's consent given at the interview: processing of data for the program, and any other purpose. */
  consent: z.object({
    givenOn: pastDate('The day the consent was given'),
    otherPurposes: z.array(z.enum(consentPurposes)).max(consentPurposes.length).default([]),
  }),
  enrolment: enrolmentBody
    .omit({ personId: true })
    .extend({ programId: z.uuid() })
    .optional()
    .describe('Omitted: the file is opened without a program'),
});

export const intakeRoute = defineRoute({
  operationId: 'registerAtIntake',
  method: 'POST',
  path: '/api/intake',
  policy: 'session',
  summary:
    'Open a file with its consent and, when a program is given, enrol the person, in one transaction. Refused with NOT_ELIGIBLE (details: the rules) unless an allowed role gives a written justification; a refusal saves nothing',
  tags: ['programs'],
  body: intakeBody,
  response: z.object({
    personId: z.uuid(),
    enrolmentId: z.uuid().nullable(),
    eligibility: eligibilityView.nullable(),
    overridden: z.boolean(),
  }),
  successStatus: 201,
});
