import type { TimelineEvent, TimelinePublisher } from '../../../core/timeline/timeline.js';
import type { AttendanceRecord } from '../domain/attendance.js';

/** Kinds published on a person's timeline (labels: `sessionsTimelineKinds*` in the web locales). */
export type SessionEventKind =
  | 'session.enrolled'
  | 'session.waitlisted'
  | 'session.promoted'
  | 'session.withdrawn'
  | 'session.attended'
  | 'session.attended_partly'
  | 'session.recording_watched'
  | 'session.excused'
  | 'session.absent'
  | 'session.attendance_corrected'
  | 'session.attestation_issued'
  | 'session.attestation_reissued'
  | 'session.signup_requested';

/** The participant of an enrolment, as far as the timeline cares: staff are not people with a file. */
export interface TimelineParticipant {
  enrolmentId: string;
  personId: string | null;
  participantOrganizationId: string;
}

/** What a session event says, whoever publishes it. */
interface SessionEventFacts {
  kind: SessionEventKind;
  occurredAt: Date;
  resourceType: 'session_enrolment' | 'session_meeting' | 'session_signup_request';
  resourceId: string;
  data: Record<string, string | number>;
  recordedBy: string;
}

/**
 * One dated fact of a person's sessions, on the file of the organization that follows them. Data holds
 * the session's title and minutes only: never a note or anything the person said. None for staff, who
 * have no file.
 */
export function sessionEvent(
  participant: TimelineParticipant,
  event: SessionEventFacts,
): TimelineEvent | null {
  if (!participant.personId) return null;
  return {
    organizationId: participant.participantOrganizationId,
    personId: participant.personId,
    occurredAt: event.occurredAt,
    module: 'sessions',
    kind: event.kind,
    resourceType: event.resourceType,
    resourceId: event.resourceId,
    data: event.data,
    recordedBy: event.recordedBy,
  };
}

export async function publishSessionEvent(
  timeline: TimelinePublisher,
  participant: TimelineParticipant,
  event: SessionEventFacts,
): Promise<void> {
  const published = sessionEvent(participant, event);
  if (published) await timeline.publish(published);
}

/** What a mark says on the timeline: attended (fully or partly), a recording watched, or an absence. */
export function attendanceKind(record: AttendanceRecord): SessionEventKind {
  if (record.mark === 'excused_absence') return 'session.excused';
  if (record.mark === 'unexcused_absence') return 'session.absent';
  if (!record.live) return 'session.recording_watched';
  return record.mark === 'present' ? 'session.attended' : 'session.attended_partly';
}
