import { z } from 'zod';
import {
  exitEvidenceKinds,
  exitOutcomes,
  exitVerdicts,
  outcomeFamilies,
} from '../../modules/outcomes/domain/vocabulary.js';
import { defineRoute, idParam } from '../define.js';
import { optionalText, pastDate, plannedDate, text } from '../primitives.js';
import { followUpView } from './follow-ups.js';

const exitEvidence = z
  .object({
    kind: z.enum(exitEvidenceKinds),
    placementId: z.uuid().nullish().describe('The placement of the file the exit rests on (kind placement)'),
    documentId: z.uuid().nullish().describe('A document of the file (kind document)'),
    trainingName: optionalText(200).describe('The training the person entered (kind training)'),
  })
  .describe('What supports the outcome');

/** What became of the person, as a counselor records it when the enrolment ends (or corrects it). */
export const exitFields = z.object({
  outcome: z.enum(exitOutcomes),
  exitOn: pastDate('The exit date'),
  contractStartOn: plannedDate('The contract’s first day').nullish(),
  contractEndOn: plannedDate('The contract’s last day').nullish(),
  region: optionalText(120).describe('The region the household settled in (moved to a region)'),
  credentialObtained: z
    .object({ name: text(200), obtainedOn: pastDate('The day the credential was obtained') })
    .nullish(),
  evidence: exitEvidence,
  note: optionalText(2000),
});

export const recordExitBody = exitFields;
export const correctExitBody = exitFields.extend({
  correctionReason: text(500).describe('Why the exit is corrected: kept with the history'),
});

export const exitView = z.object({
  id: z.uuid(),
  enrolmentId: z.uuid(),
  programId: z.uuid(),
  programName: z.string(),
  outcome: z.enum(exitOutcomes),
  family: z.enum(outcomeFamilies),
  exitOn: z.string(),
  contractStartOn: z.string().nullable(),
  contractEndOn: z.string().nullable(),
  region: z.string().nullable(),
  credentialObtained: z.object({ name: z.string(), obtainedOn: z.string() }).nullable(),
  evidence: z.object({
    kind: z.enum(exitEvidenceKinds),
    placementId: z.string().nullable(),
    documentId: z.string().nullable(),
    trainingName: z.string().nullable(),
  }),
  note: z.string().nullable(),
  verdict: z.enum(exitVerdicts),
  verdictReason: z.string(),
  ruleVersion: z.number().int().nullable(),
  /** The account that recorded this version (null when the system did). */
  recordedBy: z.string().nullable(),
  /** That account's display name, for the reader: an id says nothing to a counselor. */
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
  /** Set on a version replaced by a correction. */
  supersededAt: z.string().nullable(),
  correctionReason: z.string().nullable(),
});

/** What recording or correcting an exit answers: the new version and how the rule classified it. */
const classifiedExit = z.object({
  id: z.uuid(),
  verdict: z.enum(exitVerdicts),
  ruleVersion: z.number().int().nullable(),
});

export const recordExitRoute = defineRoute({
  operationId: 'recordExit',
  method: 'POST',
  path: '/api/enrolments/:id/exit',
  policy: 'session',
  summary:
    'End an enrolment with its exit: the outcome from the catalogue, its date and evidence; classified by the program’s positive-exit rule in force that day, and its follow-ups scheduled',
  tags: ['outcomes'],
  params: idParam,
  body: recordExitBody,
  response: classifiedExit,
  successStatus: 201,
});

export const correctExitRoute = defineRoute({
  operationId: 'correctExit',
  method: 'POST',
  path: '/api/exits/:id/corrections',
  policy: 'session',
  summary: 'Correct an exit: a new version replaces it, the old one stays in the history with the reason',
  tags: ['outcomes'],
  params: idParam,
  body: correctExitBody,
  response: classifiedExit,
  successStatus: 201,
});

export const personExitsRoute = defineRoute({
  operationId: 'personExits',
  method: 'GET',
  path: '/api/people/:id/exits',
  policy: 'session',
  summary: 'A person’s exits (current and corrected versions) and their follow-ups after exit',
  tags: ['outcomes'],
  params: idParam,
  query: z.object({ lang: z.enum(['fr', 'en']).default('fr').describe('The language of program names') }),
  response: z.object({ exits: z.array(exitView), followUps: z.array(followUpView) }),
});
