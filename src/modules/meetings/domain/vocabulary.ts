/**
 * A consortium's meetings: the series it holds (the directors' steering committee, the counselors'
 * practice exchange), who attended from each member organization, and the state of an action decided.
 */
export const meetingKinds = ['steering', 'practice_exchange'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

export const attendanceStatuses = ['present', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export const actionStatuses = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
