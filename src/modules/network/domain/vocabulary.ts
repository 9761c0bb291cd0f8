/** The words of the partner network, shared by the contracts, the server and the web app. */

export const partnerKinds = [
  'public_body',
  'association',
  'employer',
  'school',
  'health',
  'housing',
  'funder',
  'other',
] as const;
export type PartnerKind = (typeof partnerKinds)[number];

/** Sectors a partner works in (several may apply). */
export const partnerSectors = [
  'employment',
  'training',
  'language',
  'credential_recognition',
  'settlement',
  'housing',
  'health',
  'childcare',
  'legal',
  'entrepreneurship',
  'other',
] as const;
export type PartnerSector = (typeof partnerSectors)[number];

export const engagementKinds = [
  'meeting',
  'call',
  'email',
  'event_attended',
  'agreement_signed',
  'referral',
  'other',
] as const;
export type EngagementKind = (typeof engagementKinds)[number];

export const attendanceMarks = ['present', 'absent'] as const;
export type AttendanceMark = (typeof attendanceMarks)[number];

export const consentSources = ['form', 'event', 'import', 'staff'] as const;
export type ConsentSource = (typeof consentSources)[number];

export const registrationSources = ['staff', 'public'] as const;

/** Languages of the public pages (registration, unsubscribe), as the public front door. */
export const publicPageLanguages = ['fr', 'en', 'ar'] as const;
export type PublicPageLanguage = (typeof publicPageLanguages)[number];
