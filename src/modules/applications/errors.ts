import { defineError } from '../../core/errors.js';

export const applicationErrors = {
  applicationNotFound: defineError('APPLICATION_NOT_FOUND', 'not_found', {
    en: 'This application does not exist or is not your organization’s.',
    fr: "Cette candidature n'existe pas ou n'appartient pas à votre structure.",
  }),
  personNotFound: defineError('APPLICATION_PERSON_NOT_FOUND', 'not_found', {
    en: 'This person is not followed by your organization.',
    fr: "Cette personne n'est pas suivie par votre structure.",
  }),
  offerNotFound: defineError('APPLICATION_OFFER_NOT_FOUND', 'not_found', {
    en: 'This job offer does not exist or is not your organization’s.',
    fr: "Cette offre d'emploi n'existe pas ou n'appartient pas à votre structure.",
  }),
  offerNotOpen: defineError('APPLICATION_OFFER_NOT_OPEN', 'conflict', {
    en: 'This offer is no longer open (filled, closed or past its closing date): nobody can be proposed for it.',
    fr: "Cette offre n'est plus ouverte (pourvue, close ou date de clôture passée) : on ne peut plus y positionner personne.",
  }),
  alreadyLive: defineError('APPLICATION_ALREADY_LIVE', 'conflict', {
    en: 'This person already has an application in progress for this offer.',
    fr: 'Cette personne a déjà une candidature en cours sur cette offre.',
  }),
  consentRequired: defineError('APPLICATION_CONSENT_REQUIRED', 'conflict', {
    en: 'The person has not given their consent to contacting employers (or it is no longer in force): record it in their file before sending it.',
    fr: "La personne n'a pas donné son consentement à la prise de contact avec des employeurs (ou il n'est plus en vigueur) : enregistrez-le dans son dossier avant de l'envoyer.",
  }),
  sameState: defineError('APPLICATION_SAME_STATE', 'conflict', {
    en: 'The application is already at this step.',
    fr: 'La candidature en est déjà à cette étape.',
  }),
  finalState: defineError('APPLICATION_FINAL_STATE', 'conflict', {
    en: 'This application is over (hired, refused or withdrawn). Propose the person again to start a new one.',
    fr: 'Cette candidature est terminée (embauche, refus ou retrait). Positionnez à nouveau la personne pour en commencer une autre.',
  }),
  moveNotAllowed: defineError<{ from: string; to: string }>('APPLICATION_MOVE_NOT_ALLOWED', 'conflict', {
    en: 'An application cannot go from “{from}” to “{to}”.',
    fr: 'Une candidature ne peut pas passer de « {from} » à « {to} ».',
  }),
  hireNeedsPlacement: defineError('APPLICATION_HIRE_NEEDS_PLACEMENT', 'conflict', {
    en: 'A hire is recorded with its contract: record the placement from the application.',
    fr: "Une embauche s'enregistre avec son contrat : saisissez l'embauche depuis la candidature.",
  }),
  reasonRequired: defineError('APPLICATION_REFUSAL_REASON_REQUIRED', 'bad_request', {
    en: 'A refusal needs its reason and who refused (the employer or the person).',
    fr: 'Un refus demande son motif et qui a refusé (l’employeur ou la personne).',
  }),
  reasonNotOfParty: defineError('APPLICATION_REFUSAL_REASON_NOT_OF_PARTY', 'bad_request', {
    en: 'This reason cannot be given by this party: choose one of the reasons of the employer or of the person.',
    fr: 'Ce motif ne peut pas être donné par cette partie : choisissez un motif de l’employeur ou de la personne.',
  }),
  reasonNotExpected: defineError('APPLICATION_REFUSAL_REASON_NOT_EXPECTED', 'bad_request', {
    en: 'A refusal reason goes with a refusal only.',
    fr: 'Un motif de refus ne va qu’avec un refus.',
  }),
  moveBeforePrevious: defineError<{ previous: string }>('APPLICATION_MOVE_BEFORE_PREVIOUS', 'bad_request', {
    en: 'This step cannot be dated before the previous one ({previous}).',
    fr: "Cette étape ne peut pas être datée d'avant la précédente ({previous}).",
  }),
  moveInFuture: defineError('APPLICATION_MOVE_IN_FUTURE', 'bad_request', {
    en: 'A step is recorded once it has happened: today at the latest.',
    fr: "Une étape s'enregistre une fois faite : aujourd'hui au plus tard.",
  }),
  notHireable: defineError<{ state: string }>('APPLICATION_NOT_HIREABLE', 'conflict', {
    en: 'This application cannot end in a hire from its current step (“{state}”): its file must have been sent to the employer, and it must not be over.',
    fr: 'Cette candidature ne peut pas aboutir à une embauche depuis son étape actuelle (« {state} ») : le dossier doit avoir été envoyé à l’employeur et la candidature ne doit pas être terminée.',
  }),
};
