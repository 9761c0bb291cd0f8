import { z } from 'zod';
import {
  handoffDeclineReasons,
  handoffReasons,
  handoffStatuses,
} from '../modules/handoffs/domain/handoff-rules.js';
import { defineRoute, idParam } from './define.js';
import { optionalText } from './primitives.js';

export { handoffDeclineReasons, handoffReasons, handoffStatuses };

/**
 * Hand-off of a person's accompaniment to another organization on the platform (docs/handoffs.md):
 * proposed under a consent in force that names the receiver and covers the person's identity; the
 * receiver accepts (naming its referent, opening or linking its own file), or declines with a reason;
 * the sender may withdraw a proposal. The sender's referent stays in charge until acceptance.
 */
export const proposeHandoffBody = z.object({
  receiverOrganizationId: z.uuid().describe('The organization that takes over'),
  reason: z.enum(handoffReasons),
  message: optionalText(4000).describe('What the receiver should know to take over'),
  enrolmentId: z
    .uuid()
    .nullish()
    .describe('An open enrolment in a program the receiver takes part in, carried on by the receiver'),
  householdMemberIds: z
    .array(z.uuid())
    .max(20)
    .nullish()
    .describe(
      "Other members of the person's household (their files) handed over with them, each under a consent naming the receiver",
    ),
});

export const acceptHandoffBody = z.object({
  referentUserId: z.uuid().describe('Who follows the person in the receiving organization'),
  existingPersonId: z
    .uuid()
    .nullish()
    .describe("The receiver's own file for this person, when it already has one (otherwise one is opened)"),
});

export const declineHandoffBody = z.object({
  reason: z.enum(handoffDeclineReasons),
  note: optionalText(2000),
});

const organizationRef = z.object({ id: z.uuid(), name: z.string() });

export const handoffView = z.object({
  id: z.uuid(),
  /** Whether the reader's organization sent or received it. */
  direction: z.enum(['sent', 'received']),
  status: z.enum(handoffStatuses),
  reason: z.enum(handoffReasons),
  message: z.string().nullable(),
  proposedAt: z.string(),
  proposedByName: z.string(),
  sender: organizationRef,
  receiver: organizationRef,
  /**
   * Who the person is, as the reader may know them: the sender's file; for the receiver, the name its
   * consent shares (null once the consent no longer names it) or its own file once accepted.
   */
  person: z
    .object({ givenName: z.string(), familyName: z.string(), birthDate: z.string().nullable() })
    .nullable(),
  /** The sender's file: the sender opens it; the receiver reads it as a shared file while the consent allows. */
  senderPersonId: z.uuid(),
  /** The receiver's file once accepted (the receiver opens it; the sender never does). */
  receiverPersonId: z.uuid().nullable(),
  program: z.object({ id: z.uuid(), nameFr: z.string(), nameEn: z.string() }).nullable(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  declineReason: z.enum(handoffDeclineReasons).nullable(),
  declineNote: z.string().nullable(),
  /** Who follows the person on the receiving side once accepted. */
  receiverReferentName: z.string().nullable(),
  /**
   * The other members of the household handed over with the person (named as `person` is), each with
   * their relation in the household re-formed at the receiver and, once accepted, the receiver's file.
   */
  members: z.array(
    z.object({
      senderPersonId: z.uuid(),
      receiverPersonId: z.uuid().nullable(),
      relation: z.enum(['main', 'spouse', 'child', 'parent', 'sibling', 'other']),
      person: z
        .object({ givenName: z.string(), familyName: z.string(), birthDate: z.string().nullable() })
        .nullable(),
    }),
  ),
  /** What the reader's side may still do. */
  actions: z.array(z.enum(['accept', 'decline', 'withdraw'])),
});
export type HandoffView = z.infer<typeof handoffView>;

export const personHandoffsRoute = defineRoute({
  operationId: 'personHandoffs',
  method: 'GET',
  path: '/api/people/:id/handoffs',
  policy: 'session',
  summary:
    'Hand-offs of this file: proposed from it to another organization, or through which it was received',
  tags: ['handoffs'],
  params: idParam,
  response: z.object({ items: z.array(handoffView) }),
});

export const proposeHandoffRoute = defineRoute({
  operationId: 'proposeHandoff',
  method: 'POST',
  path: '/api/people/:id/handoffs',
  policy: 'session',
  summary:
    "Propose that another organization takes over the person's accompaniment (a consent in force must name it and cover identity)",
  tags: ['handoffs'],
  params: idParam,
  body: proposeHandoffBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const handoffsQuery = z.object({
  direction: z.enum(['received', 'sent']).default('received'),
  status: z.enum(['open', 'decided', 'all']).default('open'),
});

export const listHandoffsRoute = defineRoute({
  operationId: 'listHandoffs',
  method: 'GET',
  path: '/api/handoffs',
  policy: 'session',
  summary: "My organization's hand-offs received (to take over) or sent, open ones oldest first",
  tags: ['handoffs'],
  query: handoffsQuery,
  response: z.object({ items: z.array(handoffView) }),
});

export const readHandoffRoute = defineRoute({
  operationId: 'readHandoff',
  method: 'GET',
  path: '/api/handoffs/:id',
  policy: 'session',
  summary: 'A hand-off my organization sent or received',
  tags: ['handoffs'],
  params: idParam,
  response: handoffView,
});

export const acceptHandoffRoute = defineRoute({
  operationId: 'acceptHandoff',
  method: 'POST',
  path: '/api/handoffs/:id/accept',
  policy: 'session',
  summary:
    'Take over the accompaniment: name the referent, open (or link) our file, carry on the program enrolment',
  tags: ['handoffs'],
  params: idParam,
  body: acceptHandoffBody,
  response: z.object({ personId: z.uuid() }),
});

export const declineHandoffRoute = defineRoute({
  operationId: 'declineHandoff',
  method: 'POST',
  path: '/api/handoffs/:id/decline',
  policy: 'session',
  summary: 'Decline a hand-off with a reason; the sender keeps the accompaniment',
  tags: ['handoffs'],
  params: idParam,
  body: declineHandoffBody,
  response: z.undefined(),
  successStatus: 204,
});

export const withdrawHandoffRoute = defineRoute({
  operationId: 'withdrawHandoff',
  method: 'POST',
  path: '/api/handoffs/:id/withdraw',
  policy: 'session',
  summary: 'Withdraw a hand-off we proposed, before the receiver decides',
  tags: ['handoffs'],
  params: idParam,
  response: z.undefined(),
  successStatus: 204,
});
