import { defineError } from '../../core/errors.js';

export const placementErrors = {
  personNotFound: defineError('PLACEMENT_PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  placementNotFound: defineError('PLACEMENT_NOT_FOUND', 'not_found', {
    en: 'This hire does not exist or is not your organization’s.',
    fr: "Cette embauche n'existe pas ou n'appartient pas à votre structure.",
  }),
  employerNotFound: defineError('PLACEMENT_EMPLOYER_NOT_FOUND', 'not_found', {
    en: 'This employer is not in your organization’s directory. Add it first.',
    fr: "Cet employeur n'est pas dans l'annuaire de votre structure. Ajoutez-le d'abord.",
  }),
  siteNotOfEmployer: defineError('PLACEMENT_SITE_NOT_OF_EMPLOYER', 'bad_request', {
    en: 'This site is not one of the employer’s current sites.',
    fr: "Ce site n'est pas un site actuel de l'employeur.",
  }),
  offerNotOfEmployer: defineError('PLACEMENT_OFFER_NOT_OF_EMPLOYER', 'bad_request', {
    en: 'This job offer is not one of your organization’s offers of this employer.',
    fr: "Cette offre d'emploi n'est pas une offre de cet employeur enregistrée par votre structure.",
  }),
  applicationMismatch: defineError('PLACEMENT_APPLICATION_MISMATCH', 'bad_request', {
    en: 'This application is not this person’s application to this employer.',
    fr: "Cette candidature n'est pas celle de cette personne auprès de cet employeur.",
  }),
  occupationUnknown: defineError('PLACEMENT_OCCUPATION_UNKNOWN', 'bad_request', {
    en: 'This occupation is not in the ESCO classification. Search for it by name.',
    fr: "Ce métier n'est pas dans la classification ESCO. Cherchez-le par son nom.",
  }),
  incoherent: defineError<{ code: string }>('PLACEMENT_INCOHERENT', 'bad_request', {
    en: 'Some terms of the contract do not fit together (see each field): a contract of the employer’s country, a planned end for fixed-term contracts only and within the legal length, up to 60 hours a week, a wage with its period.',
    fr: "Certaines conditions du contrat ne vont pas ensemble (voir chaque champ) : un contrat du pays de l'employeur, une fin prévue pour les seuls contrats à durée déterminée et dans la durée légale, 60 heures par semaine au plus, un salaire avec sa période.",
  }),
  changeRefused: defineError<{ code: string }>('PLACEMENT_CHANGE_REFUSED', 'conflict', {
    en: 'This change does not fit the contract’s dates or the law ({code}): see the field.',
    fr: 'Ce changement ne correspond pas aux dates du contrat ou à la loi ({code}) : voir le champ.',
  }),
};
