import { defineError } from '../../core/errors.js';

export const immersionErrors = {
  immersionNotFound: defineError('IMMERSION_NOT_FOUND', 'not_found', {
    en: 'This immersion does not exist or is not one your organization follows.',
    fr: "Cette immersion n'existe pas ou ne fait pas partie des dossiers suivis par votre structure.",
  }),
  personNotFound: defineError('IMMERSION_PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  employerNotFound: defineError('IMMERSION_EMPLOYER_NOT_FOUND', 'not_found', {
    en: 'This employer is not in your organization’s directory. Add it first.',
    fr: "Cet employeur n'est pas dans l'annuaire de votre structure. Ajoutez-le d'abord.",
  }),
  siteNotOfEmployer: defineError('IMMERSION_SITE_NOT_OF_EMPLOYER', 'bad_request', {
    en: 'This site is not one of the host employer’s current sites.',
    fr: "Ce site n'est pas un site actuel de l'employeur d'accueil.",
  }),
  tutorNotOfEmployer: defineError('IMMERSION_TUTOR_NOT_OF_EMPLOYER', 'bad_request', {
    en: 'The tutor must be an active contact of the host employer. Add them to the employer’s contacts first.',
    fr: "Le tuteur doit être un contact actif de l'employeur d'accueil. Ajoutez-le d'abord aux contacts de l'employeur.",
  }),
  counselorNotColleague: defineError('IMMERSION_COUNSELOR_NOT_COLLEAGUE', 'bad_request', {
    en: 'The counselor who signs must be an active colleague of your organization who follows people.',
    fr: 'Le ou la conseillère signataire doit être un collègue actif de votre structure qui suit des personnes.',
  }),
  scheduleIncoherent: defineError('IMMERSION_SCHEDULE_INCOHERENT', 'bad_request', {
    en: 'The dates and hours do not fit together: the last day is on or after the first, and the planned hours fit in the days.',
    fr: 'Les dates et les heures ne vont pas ensemble : le dernier jour est le premier ou après, et les heures prévues tiennent dans les jours.',
  }),
  alreadySigned: defineError('IMMERSION_ALREADY_SIGNED', 'conflict', {
    en: 'This signatory has already signed the agreement.',
    fr: 'Ce signataire a déjà signé la convention.',
  }),
  assessed: defineError('IMMERSION_ASSESSED', 'conflict', {
    en: 'The immersion has been assessed: it can no longer change.',
    fr: "L'immersion a été évaluée : elle ne peut plus changer.",
  }),
  signatureRefused: defineError('IMMERSION_SIGNATURE_REFUSED', 'bad_request', {
    en: 'A signature is recorded when it happened: not in the future.',
    fr: "Une signature s'enregistre au moment où elle a eu lieu : pas dans le futur.",
  }),
  missedHoursRefused: defineError('IMMERSION_MISSED_HOURS_REFUSED', 'bad_request', {
    en: 'Missed hours are recorded on a day of the immersion that has come, and all of them together never exceed the planned hours.',
    fr: "Les heures d'absence s'enregistrent sur un jour de l'immersion déjà arrivé, et leur total ne dépasse jamais les heures prévues.",
  }),
  assessmentIncoherent: defineError('IMMERSION_ASSESSMENT_INCOHERENT', 'bad_request', {
    en: 'The assessment does not fit the immersion (see each field): completed needs every signature, the last day reached and no missed hour; partially completed needs some missed hours but not all; a job offer needs its contract type, of the employer’s country.',
    fr: "Le bilan ne correspond pas à l'immersion (voir chaque champ) : « réalisée » demande toutes les signatures, le dernier jour atteint et aucune heure d'absence ; « partiellement réalisée » demande des heures d'absence, mais pas toutes ; une offre d'emploi demande son type de contrat, du pays de l'employeur.",
  }),
};
