import { defineError } from '../../core/errors.js';

export const programErrors = {
  programNotFound: defineError('PROGRAM_NOT_FOUND', 'not_found', {
    en: 'This program does not exist or your organization does not take part in it.',
    fr: "Ce programme n'existe pas ou votre structure n'y participe pas.",
  }),
  personNotFound: defineError('PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  enrolmentNotFound: defineError('ENROLMENT_NOT_FOUND', 'not_found', {
    en: 'This enrolment does not exist or belongs to another organization.',
    fr: "Cette inscription n'existe pas ou relève d'une autre structure.",
  }),
  notEligible: defineError('NOT_ELIGIBLE', 'unprocessable', {
    en: 'This person does not meet the eligibility rules of the program. The rules that failed are listed; a referent may enrol them anyway with a written justification.',
    fr: "Cette personne ne remplit pas les conditions d'éligibilité du programme. Les conditions non remplies sont listées ; un référent peut l'inscrire malgré tout avec une justification écrite.",
  }),
  eligibilityIncomplete: defineError('ELIGIBILITY_INCOMPLETE', 'unprocessable', {
    en: 'Some information needed to check eligibility is missing from the file (listed). Complete the file, or a referent may enrol with a written justification.',
    fr: "Des informations nécessaires pour vérifier l'éligibilité manquent au dossier (listées). Complétez le dossier, ou un référent peut inscrire avec une justification écrite.",
  }),
  overrideNotAllowed: defineError('OVERRIDE_NOT_ALLOWED', 'forbidden', {
    en: 'Only a program referent, a coordinator or a director may enrol someone who does not meet the rules.',
    fr: 'Seul un référent du programme, un coordinateur ou un directeur peut inscrire une personne qui ne remplit pas les conditions.',
  }),
  alreadyEnrolled: defineError('ALREADY_ENROLLED', 'conflict', {
    en: 'This person is already enrolled in this program.',
    fr: 'Cette personne est déjà inscrite dans ce programme.',
  }),
  programNotOpen: defineError('PROGRAM_NOT_OPEN', 'conflict', {
    en: 'This program is not open for enrolment (draft or closed).',
    fr: "Ce programme n'est pas ouvert aux inscriptions (brouillon ou clôturé).",
  }),
  referentNotStaff: defineError('REFERENT_NOT_STAFF', 'bad_request', {
    en: 'The referent must be a staff member of that organization.',
    fr: 'Le référent doit être un membre du personnel de cette structure.',
  }),
  organizationNotInProgram: defineError('ORGANIZATION_NOT_IN_PROGRAM', 'bad_request', {
    en: 'This organization does not take part in the program.',
    fr: 'Cette structure ne participe pas au programme.',
  }),
  codeTaken: defineError<{ code: string }>('PROGRAM_CODE_TAKEN', 'conflict', {
    en: 'Another program of your organization already uses the code {code}. Choose another code.',
    fr: 'Un autre programme de votre structure utilise déjà le code {code}. Choisissez un autre code.',
  }),
  enrolmentAlreadyEnded: defineError('ENROLMENT_ALREADY_ENDED', 'conflict', {
    en: 'This enrolment has already ended.',
    fr: 'Cette inscription est déjà terminée.',
  }),
};
