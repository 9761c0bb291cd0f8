import { defineError } from '../../core/errors.js';

export const referralErrors = {
  programNotFound: defineError('REFERRAL_PROGRAM_NOT_FOUND', 'not_found', {
    en: 'This program does not exist or your organization does not take part in it.',
    fr: "Ce programme n'existe pas ou votre structure n'y participe pas.",
  }),
  programNotShared: defineError('REFERRAL_PROGRAM_NOT_SHARED', 'bad_request', {
    en: 'A referral is made in a program your organization takes part in, and the receiving organization too. Choose another program, or none.',
    fr: 'Une orientation se fait dans un programme auquel votre structure participe, ainsi que la structure destinataire. Choisissez un autre programme, ou aucun.',
  }),
  referralNotFound: defineError('REFERRAL_NOT_FOUND', 'not_found', {
    en: 'This referral does not exist, or your organization neither sent nor received it.',
    fr: "Cette orientation n'existe pas, ou votre structure ne l'a ni envoyée ni reçue.",
  }),
  personNotFound: defineError('PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  sharedPersonNotFound: defineError('REFERRAL_PERSON_NOT_SHARED', 'not_found', {
    en: 'Nothing of this person is shared with your organization any more (no consent in force names it, or the referral shares nothing).',
    fr: "Plus rien de cette personne n'est partagé avec votre structure (aucun consentement en vigueur ne la nomme, ou l'orientation ne partage rien).",
  }),
  consentMissing: defineError('REFERRAL_CONSENT_MISSING', 'conflict', {
    en: 'No consent to share in force names this organization: record the person’s consent naming it (with what it covers) in their file, then refer again.',
    fr: "Aucun consentement au partage en vigueur ne nomme cette structure : enregistrez dans le dossier le consentement de la personne qui la nomme (avec ce qu'il couvre), puis orientez à nouveau.",
  }),
  sectionsNotCovered: defineError<{ sections: string }>('REFERRAL_SECTIONS_NOT_COVERED', 'bad_request', {
    en: 'The person’s consent does not let these parts of the file travel to this organization: {sections}.',
    fr: 'Le consentement de la personne ne permet pas de transmettre ces parties du dossier à cette structure : {sections}.',
  }),
  targetUnknown: defineError('REFERRAL_TARGET_UNKNOWN', 'bad_request', {
    en: 'A referral goes to another organization of your consortia or to a service of your directory (or one a partner shares).',
    fr: 'Une orientation va vers une autre structure de vos consortiums ou vers un service de votre annuaire (ou partagé par un partenaire).',
  }),
  moveNotAllowed: defineError('REFERRAL_MOVE_NOT_ALLOWED', 'forbidden', {
    en: 'Your organization does not make this change to this referral: the receiver answers it, the sender withdraws it.',
    fr: "Votre structure ne fait pas ce changement sur cette orientation : la structure qui la reçoit y répond, celle qui l'envoie la retire.",
  }),
  moveFromStatus: defineError('REFERRAL_STATUS_CONFLICT', 'conflict', {
    en: 'This referral has moved on (answered, completed or withdrawn): this change is no longer possible. Reload it.',
    fr: "Cette orientation a déjà évolué (répondue, terminée ou retirée) : ce changement n'est plus possible. Rechargez-la.",
  }),
  notAccepted: defineError('REFERRAL_NOT_ACCEPTED', 'conflict', {
    en: 'Link a file to a referral once it is accepted.',
    fr: 'Reliez un dossier à une orientation une fois celle-ci acceptée.',
  }),
  serviceNotFound: defineError('REFERRAL_SERVICE_NOT_FOUND', 'not_found', {
    en: 'This service does not exist in your directory.',
    fr: "Ce service n'existe pas dans votre annuaire.",
  }),
};
