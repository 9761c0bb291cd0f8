import type { Executor } from '../../../core/db/types.js';
import type { MeetingRecord } from './meetings-repository.js';
import './tables.js';

export interface PartnerAttendeeRecord {
  meetingId: string;
  contactId: string;
  partnerId: string;
}

/** The partner-directory contacts that attended a meeting. */
export function partnerAttendeesRepository(db: Executor) {
  return {
    async ofMeetings(meetingIds: readonly string[]): Promise<PartnerAttendeeRecord[]> {
      if (meetingIds.length === 0) return [];
      return db
        .selectFrom('consortium_meeting_partner_attendees')
        .select(['meeting_id as meetingId', 'contact_id as contactId', 'partner_id as partnerId'])
        .where('meeting_id', 'in', [...meetingIds])
        .execute();
    },

    /** The meeting's partner attendees become exactly these. */
    async replace(
      meeting: MeetingRecord,
      contacts: readonly { contactId: string; partnerId: string }[],
    ): Promise<void> {
      await db
        .deleteFrom('consortium_meeting_partner_attendees')
        .where('meeting_id', '=', meeting.id)
        .where('organization_id', '=', meeting.organizationId)
        .execute();
      if (contacts.length === 0) return;
      await db
        .insertInto('consortium_meeting_partner_attendees')
        .values(
          contacts.map((c) => ({
            meeting_id: meeting.id,
            organization_id: meeting.organizationId,
            contact_id: c.contactId,
            partner_id: c.partnerId,
          })),
        )
        .execute();
    },
  };
}
