import { defineError } from '../../core/errors.js';

export const reportErrors = {
  programNotFound: defineError('REPORT_PROGRAM_NOT_FOUND', 'not_found', {
    en: 'This program does not exist or your organization takes no part in it.',
    fr: "Ce programme n'existe pas ou votre structure n'y participe pas.",
  }),
  templateNotFound: defineError('REPORT_TEMPLATE_NOT_FOUND', 'not_found', {
    en: 'This report template does not exist for this program.',
    fr: "Ce modèle de rapport n'existe pas pour ce programme.",
  }),
  templateNotYours: defineError('REPORT_TEMPLATE_NOT_YOURS', 'forbidden', {
    en: 'Only your organization’s copies of a template can be changed: copy it first.',
    fr: "Seules les copies de votre structure peuvent être modifiées : copiez d'abord le modèle.",
  }),
  templateChanged: defineError('REPORT_TEMPLATE_CHANGED', 'conflict', {
    en: 'Someone saved this template meanwhile. Reload it, then make your change again.',
    fr: "Quelqu'un a enregistré ce modèle entre-temps. Rechargez-le, puis refaites votre modification.",
  }),
  /** Details: the problems, section by section (`definitionProblems`). */
  invalidDefinition: defineError('REPORT_DEFINITION_INVALID', 'bad_request', {
    en: 'Some sections of the report name an indicator that does not exist, or a breakdown that indicator does not accept (see each section).',
    fr: "Certaines sections du rapport nomment un indicateur qui n'existe pas, ou une ventilation que cet indicateur n'accepte pas (voir chaque section).",
  }),
  invalidPeriod: defineError('REPORT_PERIOD_INVALID', 'bad_request', {
    en: 'The period must start on or before its end and last at most ten years.',
    fr: 'La période doit commencer au plus tard à sa fin et durer au plus dix ans.',
  }),
  fundNotFound: defineError('REPORT_FUND_NOT_FOUND', 'not_found', {
    en: 'This loan fund does not exist or is not operated by the program’s organization.',
    fr: "Ce fonds de prêts n'existe pas ou n'est pas géré par la structure du programme.",
  }),
  peopleQuestion: defineError('REPORT_PEOPLE_QUESTION_INVALID', 'bad_request', {
    en: 'Ask for the people behind one section’s figure or behind one data-quality finding: one of the two.',
    fr: "Demandez les personnes derrière le chiffre d'une section ou derrière un constat de qualité des données : l'un des deux.",
  }),
  sectionNotFound: defineError('REPORT_SECTION_NOT_FOUND', 'not_found', {
    en: 'This report has no such section or category.',
    fr: "Ce rapport n'a pas cette section ou cette catégorie.",
  }),
  fileNotFound: defineError('REPORT_FILE_NOT_FOUND', 'not_found', {
    en: 'This report file does not exist, has expired, or is not yours to read.',
    fr: "Ce fichier de rapport n'existe pas, a expiré, ou vous n'avez pas accès à son contenu.",
  }),
  fileNotReady: defineError('REPORT_FILE_NOT_READY', 'conflict', {
    en: 'This report file is not ready yet (or could not be produced): see its status.',
    fr: "Ce fichier de rapport n'est pas encore prêt (ou n'a pas pu être produit) : consultez son état.",
  }),
  fileTooLarge: defineError<{ megabytes: number }>('REPORT_FILE_TOO_LARGE', 'payload_too_large', {
    en: 'This report file is larger than {megabytes} MB: choose a shorter period or fewer sections.',
    fr: 'Ce fichier de rapport dépasse {megabytes} Mo : choisissez une période plus courte ou moins de sections.',
  }),
  subscriptionNotFound: defineError('REPORT_SUBSCRIPTION_NOT_FOUND', 'not_found', {
    en: 'This report subscription does not exist for this program.',
    fr: "Cet abonnement au rapport n'existe pas pour ce programme.",
  }),
  recipientNotStaff: defineError('REPORT_RECIPIENT_NOT_STAFF', 'bad_request', {
    en: 'A report can only be sent to staff of your organization.',
    fr: "Un rapport ne peut être envoyé qu'à des membres de votre structure.",
  }),
};
