import { z } from 'zod';
import { duplicateReasons } from '../modules/people/domain/duplicate-score.js';
import { defineRoute, idParam, isoDateTime } from './define.js';
import { possibleDuplicate } from './intake.js';
import { plainText } from './primitives.js';

/**
 * Duplicate detection on a file already open (people module, docs/duplicates.md): the organization's
 * other files the duplicate rule takes for the same person, and whether another member organization of
 * a consortium follows one — said with an opaque reference, never a name, a file or an organization.
 * A person decides: different (never proposed again), or, for the file elsewhere, the same person (a
 * link, so that figures count them once). Merging two files of one organization is not done yet.
 */
const mergedFile = z.object({
  personId: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  mergedAt: isoDateTime,
});

export const personDuplicatesView = z.object({
  /** This file's identifying fields, to compare side by side with each candidate. */
  file: z.object({
    id: z.uuid(),
    givenName: z.string(),
    familyName: z.string(),
    givenNameOriginal: z.string().nullable(),
    familyNameOriginal: z.string().nullable(),
    birthDate: z.string().nullable(),
    city: z.string().nullable(),
  }),
  items: z.array(possibleDuplicate),
  /** Merges in force: the file this one is merged into, or the files merged into this one. */
  merges: z.object({
    mergedInto: mergedFile.nullable(),
    mergedHere: z.array(mergedFile),
  }),
  elsewhere: z.object({
    possibleMatch: z.boolean(),
    /** Sealed for this organization and this file: it names nobody and opens nowhere else. */
    reference: z.string().nullable(),
  }),
});

export const personDuplicatesRoute = defineRoute({
  operationId: 'personDuplicates',
  method: 'GET',
  path: '/api/people/:id/possible-duplicates',
  policy: 'session',
  summary:
    'Files of my organization that may be the same person as this one, best first (pairs decided different left out), and whether a consortium member follows a possible match',
  tags: ['people'],
  params: idParam,
  response: personDuplicatesView,
});

export const duplicateDecisions = ['different', 'same'] as const;

export const duplicateDecisionFields = z.object({
  otherPersonId: z.uuid().nullish().describe('Another file of my organization'),
  elsewhereReference: plainText()
    .max(2000)
    .nullish()
    .describe('The reference of a possible match in another member organization'),
  decision: z.enum(duplicateDecisions),
});

/** Exactly one of the two files' designations. */
export const oneOtherFile = (body: { otherPersonId?: string | null; elsewhereReference?: string | null }) =>
  Boolean(body.otherPersonId) !== Boolean(body.elsewhereReference);
export const oneOtherFileIssue = {
  message: 'Give either otherPersonId or elsewhereReference',
  path: ['otherPersonId'],
};

export const duplicateDecisionBody = duplicateDecisionFields.refine(oneOtherFile, oneOtherFileIssue);

export const decideDuplicateRoute = defineRoute({
  operationId: 'decideDuplicate',
  method: 'POST',
  path: '/api/people/:id/duplicate-decisions',
  policy: 'session',
  summary:
    'Decide that a possible duplicate is a different person (never proposed again) or, for a file in another member organization, the same person (a link: each file stays, figures count them once)',
  tags: ['people'],
  params: idParam,
  body: duplicateDecisionBody,
  response: z.object({ id: z.uuid(), decision: z.enum(duplicateDecisions) }),
  successStatus: 201,
});

const pairFile = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  givenNameOriginal: z.string().nullable(),
  familyNameOriginal: z.string().nullable(),
  birthDate: z.string().nullable(),
});

export const duplicatePairsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100).describe('Pairs shown, best first'),
});

export const duplicatePairsRoute = defineRoute({
  operationId: 'listDuplicatePairs',
  method: 'GET',
  path: '/api/duplicate-pairs',
  policy: 'session',
  summary:
    "The batch run over my organization: every pair of its files the duplicate rule takes for one person, best first, with the rule's reasons (pairs decided different left out)",
  tags: ['people'],
  query: duplicatePairsQuery,
  response: z.object({
    pairs: z.array(
      z.object({
        first: pairFile,
        second: pairFile,
        reasons: z.array(z.enum(duplicateReasons)),
        score: z.number(),
      }),
    ),
    comparedPairs: z.number().int().describe('Pairs sharing a blocking key, scored'),
    foundPairs: z.number().int().describe('Pairs the rule takes for one person, before the limit'),
  }),
});

export const mergePersonBody = z.object({
  mergedPersonId: z.uuid().describe('The other file of my organization, merged into this one'),
});

export const mergePersonRoute = defineRoute({
  operationId: 'mergePerson',
  method: 'POST',
  path: '/api/people/:id/merges',
  policy: 'session',
  summary:
    'Merge another file of my organization into this one (same person): the other file keeps its records, leaves the lists and points to this one; undoable',
  tags: ['people'],
  params: idParam,
  body: mergePersonBody,
  response: z.object({ id: z.uuid(), keptPersonId: z.uuid(), mergedPersonId: z.uuid() }),
  successStatus: 201,
});

export const undoMergeRoute = defineRoute({
  operationId: 'undoPersonMerge',
  method: 'POST',
  path: '/api/people/:id/merge-undo',
  policy: 'session',
  summary: 'Undo the merge of this file into another: both files are again as they were before it',
  tags: ['people'],
  params: idParam,
  response: z.object({ keptPersonId: z.uuid(), mergedPersonId: z.uuid() }),
});

/** Who runs the batch over a consortium: coordinators and directors of its coordinating organization. */
export const duplicateRunBody = z.object({ consortiumId: z.uuid() });

const runOrganization = z.object({ id: z.uuid(), name: z.string() });

export const duplicateRunView = z.object({
  id: z.uuid(),
  consortium: runOrganization,
  status: z.enum(['queued', 'running', 'done', 'failed']),
  requestedAt: isoDateTime,
  startedAt: isoDateTime.nullable(),
  finishedAt: isoDateTime.nullable(),
  comparedPairs: z.number().int().describe('Pairs of files of two members sharing a blocking key'),
  scoredPairs: z.number().int().describe('Of those, scored so far (the progress of the scoring phase)'),
  foundPairs: z.number().int().describe('Pairs the rule takes for one person'),
  phase: z
    .enum(['reading_keys', 'scoring'])
    .nullable()
    .describe(
      'Reading the blocks of files sharing a key, then scoring the pairs; null before the run starts',
    ),
  readKeys: z
    .number()
    .int()
    .describe('Key rows of the members read so far (the progress of the first phase)'),
  totalKeys: z.number().int().describe('Key rows of the members, counted when the run started'),
  /** Figures only: how many pairs between two member organizations, never a file. */
  figures: z.array(z.object({ first: runOrganization, second: runOrganization, pairs: z.number().int() })),
});

export const startDuplicateRunRoute = defineRoute({
  operationId: 'startDuplicateRun',
  method: 'POST',
  path: '/api/duplicate-runs',
  policy: 'session',
  summary:
    'Run duplicate detection over a consortium my organization coordinates (a job): the pairs of files of two members the rule takes for one person, reported to the coordination as figures and to each member as its own files',
  tags: ['people'],
  body: duplicateRunBody,
  response: duplicateRunView,
  successStatus: 202,
});

export const listDuplicateRunsRoute = defineRoute({
  operationId: 'listDuplicateRuns',
  method: 'GET',
  path: '/api/duplicate-runs',
  policy: 'session',
  summary:
    'The consortia my organization coordinates and their duplicate-detection runs, latest first, with their progress and figures by pair of members',
  tags: ['people'],
  response: z.object({ consortia: z.array(runOrganization), runs: z.array(duplicateRunView) }),
});

export const consortiumDuplicatePairsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100).describe('Files shown, best first'),
});

export const consortiumDuplicatePairsRoute = defineRoute({
  operationId: 'listConsortiumDuplicatePairs',
  method: 'GET',
  path: '/api/duplicate-pairs/consortium',
  policy: 'session',
  summary:
    "My organization's files that the latest consortium run found followed by another member organization too, best first, each with the rule's reasons and a reference to decide on (the other file named by nothing)",
  tags: ['people'],
  query: consortiumDuplicatePairsQuery,
  response: z.object({
    run: z.object({ id: z.uuid(), finishedAt: isoDateTime.nullable() }).nullable(),
    items: z.array(
      z.object({
        file: pairFile,
        reasons: z.array(z.enum(duplicateReasons)),
        score: z.number(),
        /** Sealed for my organization and this file: decides through POST /api/people/:id/duplicate-decisions. */
        reference: z.string().nullable(),
      }),
    ),
  }),
});
