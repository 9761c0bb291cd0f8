import { z } from 'zod';
import { partnerAttendeesBody } from '../../../contracts/meetings.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { networkApi } from '../../network/api.js';
import { partnerAttendeesRepository } from '../adapters/partner-attendees-repository.js';
import { meetingErrors } from '../errors.js';
import { meetingRoles, meetingToRun } from './meeting-access.js';

/**
 * The contacts of the partner directory who attended a meeting, recorded by the coordination: each
 * chosen among the contacts its organization reads in the directory (its own partners' and those its
 * consortium partners share; 400 MEETING_ATTENDEE_NOT_PARTNER_CONTACT otherwise). They replace those
 * named before. Audited with counts (no names).
 */
export const recordPartnerAttendees = defineUseCase(
  partnerAttendeesBody.extend({ meetingId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, meetingRoles);
    const meeting = await meetingToRun(trx, actor, input.meetingId);
    const directory =
      input.contactIds.length > 0
        ? new Map((await networkApi(trx).directoryContacts(meeting.organizationId)).map((c) => [c.id, c]))
        : new Map();
    const contacts = input.contactIds.map((contactId) => {
      const contact = directory.get(contactId);
      if (!contact) throw meetingErrors.attendeeNotPartnerContact(undefined, { contactId });
      return { contactId, partnerId: contact.partner.id };
    });
    await partnerAttendeesRepository(trx).replace(meeting, contacts);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: meeting.organizationId,
      action: 'meetings.partner_attendees_record',
      resourceType: 'consortium_meeting',
      resourceId: meeting.id,
      requestId: ctx.requestId,
      details: { contacts: contacts.length, partners: new Set(contacts.map((c) => c.partnerId)).size },
    });
    return undefined;
  },
);
