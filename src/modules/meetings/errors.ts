import { defineError } from '../../core/errors.js';

export const meetingErrors = {
  meetingNotFound: defineError('MEETING_NOT_FOUND', 'not_found', {
    en: 'This meeting does not exist or your organization was not invited to it.',
    fr: "Cette réunion n'existe pas ou votre structure n'y a pas été invitée.",
  }),
  actionNotFound: defineError('MEETING_ACTION_NOT_FOUND', 'not_found', {
    en: 'This action does not exist or is not visible to your organization.',
    fr: "Cette action n'existe pas ou n'est pas visible pour votre structure.",
  }),
  consortiumNotFound: defineError('MEETING_CONSORTIUM_NOT_FOUND', 'not_found', {
    en: 'This consortium does not exist or your organization does not coordinate it.',
    fr: "Ce consortium n'existe pas ou votre structure ne le coordonne pas.",
  }),
  notAMember: defineError('MEETING_NOT_A_MEMBER', 'bad_request', {
    en: 'Only member organizations of the consortium (or its coordination) are invited to its meetings and own its actions.',
    fr: 'Seules les structures membres du consortium (ou sa coordination) sont invitées à ses réunions et portent ses actions.',
  }),
  notInvited: defineError('MEETING_ORGANIZATION_NOT_INVITED', 'bad_request', {
    en: 'Attendance is recorded for the organizations invited to the meeting. Invite this organization first.',
    fr: "La présence s'enregistre pour les structures invitées à la réunion. Invitez d'abord cette structure.",
  }),
  statusUnchanged: defineError('MEETING_ACTION_STATUS_UNCHANGED', 'conflict', {
    en: 'The action already has this status.',
    fr: "L'action a déjà ce statut.",
  }),
  actionNotOnMeeting: defineError('MEETING_ACTION_NOT_ON_MEETING', 'bad_request', {
    en: 'This action was neither decided at nor carried over to the meeting named.',
    fr: "Cette action n'a été ni décidée ni reportée à la réunion indiquée.",
  }),
  attendeeNotStaff: defineError('MEETING_ATTENDEE_NOT_STAFF', 'bad_request', {
    en: 'Staff who attended are chosen among the active accounts of the organization they came for. Name anyone else as a guest.',
    fr: 'Les personnes présentes se choisissent parmi les comptes actifs de la structure qu’elles représentent. Nommez les autres comme invités.',
  }),
  ownerNotStaff: defineError('MEETING_ACTION_OWNER_NOT_STAFF', 'bad_request', {
    en: "The person carrying an action is chosen among the active accounts of the owning organization. Write anyone else's name instead.",
    fr: 'La personne qui porte une action se choisit parmi les comptes actifs de la structure responsable. Sinon, écrivez son nom.',
  }),
  attendeeNotPartnerContact: defineError('MEETING_ATTENDEE_NOT_PARTNER_CONTACT', 'bad_request', {
    en: "Partner attendees are chosen among the contacts of the coordination's partner directory. Add the contact to the directory first, or name them as a guest.",
    fr: 'Les partenaires présents se choisissent parmi les contacts de l’annuaire des partenaires de la coordination. Ajoutez d’abord le contact à l’annuaire, ou nommez-le comme invité.',
  }),
};
