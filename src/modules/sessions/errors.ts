import { defineError } from '../../core/errors.js';

export const sessionErrors = {
  typeCodeTaken: defineError<{ code: string }>('SESSION_TYPE_CODE_TAKEN', 'conflict', {
    en: 'Your catalog already has a session type with the code “{code}”. Choose another code.',
    fr: 'Votre catalogue a déjà un type de séance avec le code « {code} ». Choisissez un autre code.',
  }),
  typeNotFound: defineError('SESSION_TYPE_NOT_FOUND', 'not_found', {
    en: 'This kind of session does not exist in your organization’s catalog.',
    fr: "Ce type de séance n'existe pas dans le catalogue de votre structure.",
  }),
  seriesNotFound: defineError('SESSION_NOT_FOUND', 'not_found', {
    en: 'This session does not exist or is not open to your organization.',
    fr: "Cette séance n'existe pas ou n'est pas ouverte à votre structure.",
  }),
  staffNotFound: defineError('STAFF_NOT_FOUND', 'not_found', {
    en: 'This staff member does not exist in your organization, or their training record is not yours to read.',
    fr: "Ce membre de l'équipe n'existe pas dans votre structure, ou son parcours de formation ne vous est pas accessible.",
  }),
  meetingNotFound: defineError('SESSION_MEETING_NOT_FOUND', 'not_found', {
    en: 'This meeting does not exist in the session.',
    fr: "Cette date n'existe pas dans la séance.",
  }),
  enrolmentNotFound: defineError('SESSION_ENROLMENT_NOT_FOUND', 'not_found', {
    en: 'This participant is not enrolled in the session.',
    fr: "Cette personne n'est pas inscrite à la séance.",
  }),
  participantNotFound: defineError('PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  wrongAudience: defineError<{ audience: string }>('SESSION_WRONG_AUDIENCE', 'unprocessable', {
    en: 'This session is for {audience}; enrol someone from that audience.',
    fr: 'Cette séance est destinée au public « {audience} » ; inscrivez une personne de ce public.',
  }),
  consentRequired: defineError('CONSENT_REQUIRED', 'unprocessable', {
    en: 'Another organization runs this session: record the person’s consent to share their file with it (Consent tab, “sharing with partners”), then enrol them.',
    fr: 'Une autre structure organise cette séance : enregistrez le consentement de la personne au partage avec elle (onglet Consentement, « partage avec des partenaires »), puis inscrivez-la.',
  }),
  alreadyEnrolled: defineError('SESSION_ALREADY_ENROLLED', 'conflict', {
    en: 'This participant is already enrolled or on the waitlist.',
    fr: "Cette personne est déjà inscrite ou sur liste d'attente.",
  }),
  sessionClosed: defineError('SESSION_CLOSED', 'conflict', {
    en: 'This session is cancelled or over: enrolment is closed.',
    fr: 'Cette séance est annulée ou terminée : les inscriptions sont closes.',
  }),
  notEnrolledInSeries: defineError('SESSION_MARK_FOR_OTHER_SESSION', 'unprocessable', {
    en: 'A mark names someone who is not enrolled in this session. Reload the roll call.',
    fr: "Une présence concerne une personne non inscrite à cette séance. Rechargez la feuille d'émargement.",
  }),
  meetingCancelled: defineError('SESSION_MEETING_CANCELLED', 'conflict', {
    en: 'This meeting was cancelled: attendance cannot be taken.',
    fr: "Cette date a été annulée : l'émargement n'est pas possible.",
  }),
  meetingInFuture: defineError('SESSION_MEETING_NOT_STARTED', 'unprocessable', {
    en: 'This meeting has not started yet: take attendance once it has begun.',
    fr: "Cette date n'a pas encore commencé : faites l'émargement une fois la séance commencée.",
  }),
  meetingAlreadyHeld: defineError('SESSION_MEETING_ALREADY_HELD', 'conflict', {
    en: 'This meeting has taken place (attendance was taken): it cannot be moved.',
    fr: "Cette date a eu lieu (l'émargement a été fait) : elle ne peut pas être déplacée.",
  }),
  noAttestation: defineError('SESSION_GRANTS_NO_ATTESTATION', 'unprocessable', {
    en: 'This session does not grant an attestation.',
    fr: 'Cette séance ne donne pas lieu à une attestation.',
  }),
  attestationNotGranted: defineError('ATTESTATION_NOT_GRANTED', 'unprocessable', {
    en: 'The attendance recorded does not meet the rule for an attestation yet (details attached).',
    fr: "L'assiduité enregistrée ne remplit pas encore la règle de l'attestation (détail joint).",
  }),
  attestationNotFound: defineError('ATTESTATION_NOT_FOUND', 'not_found', {
    en: 'No attestation has this code. Check the code printed on the document.',
    fr: 'Aucune attestation ne porte ce code. Vérifiez le code imprimé sur le document.',
  }),
  minutesAboveMeeting: defineError('SESSION_MINUTES_ABOVE_MEETING', 'unprocessable', {
    en: 'The minutes missed are longer than the meeting.',
    fr: 'Les minutes manquées dépassent la durée de la séance.',
  }),
  infoSessionNotFound: defineError('INFO_SESSION_NOT_FOUND', 'not_found', {
    en: 'This information session is not open for sign-up any more. Choose another date in the list.',
    fr: "Cette séance d'information n'est plus ouverte aux inscriptions. Choisissez une autre date dans la liste.",
  }),
  signupRequestNotFound: defineError('SIGNUP_REQUEST_NOT_FOUND', 'not_found', {
    en: 'This sign-up request does not exist or is not addressed to your organization.',
    fr: "Cette demande d'inscription n'existe pas ou n'est pas adressée à votre structure.",
  }),
  signupAlreadyDecided: defineError('SIGNUP_REQUEST_DECIDED', 'conflict', {
    en: 'A colleague already answered this sign-up request. Reload the page to see the list as it is now.',
    fr: "Un·e collègue a déjà répondu à cette demande d'inscription. Rechargez la page pour voir la liste à jour.",
  }),
  hostEmployerNotFound: defineError('SESSION_EMPLOYER_NOT_FOUND', 'not_found', {
    en: 'This employer is not in your organization’s directory. Add it first.',
    fr: "Cet employeur n'est pas dans l'annuaire de votre structure. Ajoutez-le d'abord.",
  }),
  hostSiteNotOfEmployer: defineError('SESSION_SITE_NOT_OF_EMPLOYER', 'bad_request', {
    en: 'This site is not one of the host employer’s current sites.',
    fr: "Ce site n'est pas un site actuel de l'employeur d'accueil.",
  }),
};
