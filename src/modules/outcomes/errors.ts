import { defineError } from '../../core/errors.js';

export const outcomeErrors = {
  enrolmentNotFound: defineError('EXIT_ENROLMENT_NOT_FOUND', 'not_found', {
    en: 'This enrolment does not exist or is not your organization’s.',
    fr: "Cette inscription n'existe pas ou n'appartient pas à votre structure.",
  }),
  enrolmentEnded: defineError('EXIT_ENROLMENT_ALREADY_ENDED', 'conflict', {
    en: 'This enrolment has already ended. To change what was recorded, correct its exit.',
    fr: 'Cette inscription est déjà terminée. Pour changer ce qui a été enregistré, corrigez sa sortie.',
  }),
  exitNotFound: defineError('EXIT_NOT_FOUND', 'not_found', {
    en: 'This exit does not exist or is not your organization’s.',
    fr: "Cette sortie n'existe pas ou n'appartient pas à votre structure.",
  }),
  exitSuperseded: defineError('EXIT_ALREADY_CORRECTED', 'conflict', {
    en: 'This exit has already been corrected: correct its latest version.',
    fr: 'Cette sortie a déjà été corrigée : corrigez sa dernière version.',
  }),
  incoherent: defineError<{ code: string }>('EXIT_INCOHERENT', 'bad_request', {
    en: 'Some facts of the exit do not fit together (see each field): an exit on or after the enrolment, a contract’s last day after its first, the region for a move to a region, the placement, document or training the evidence names.',
    fr: "Certains éléments de la sortie ne vont pas ensemble (voir chaque champ) : une sortie le jour de l'inscription ou après, le dernier jour d'un contrat après le premier, la région pour un départ en région, l'embauche, le document ou la formation que nomme la preuve.",
  }),
  programNotFound: defineError('OUTCOMES_PROGRAM_NOT_FOUND', 'not_found', {
    en: 'This program does not exist or your organization takes no part in it.',
    fr: "Ce programme n'existe pas ou votre structure n'y participe pas.",
  }),
  ruleBackdated: defineError('EXIT_RULE_BACKDATED', 'conflict', {
    en: 'A new version of the rule starts today or later, and after the latest version: exits already classified keep the version that decided them.',
    fr: "Une nouvelle version de la règle commence aujourd'hui ou plus tard, et après la dernière version : les sorties déjà classées gardent la version qui les a décidées.",
  }),
  followUpNotFound: defineError('FOLLOW_UP_NOT_FOUND', 'not_found', {
    en: 'This follow-up does not exist or is not your organization’s.',
    fr: "Ce suivi n'existe pas ou n'appartient pas à votre structure.",
  }),
  followUpClosed: defineError('FOLLOW_UP_CLOSED', 'conflict', {
    en: 'This follow-up already has its answer (or was cancelled).',
    fr: 'Ce suivi a déjà sa réponse (ou a été annulé).',
  }),
  followUpNotDue: defineError('FOLLOW_UP_NOT_DUE', 'conflict', {
    en: 'This follow-up is not due yet: it can be answered from its due date.',
    fr: "Ce suivi n'est pas encore dû : on peut y répondre à partir de sa date.",
  }),
  noEmail: defineError('FOLLOW_UP_NO_EMAIL', 'conflict', {
    en: 'The person has no e-mail address in their file (nor a mobile number, where SMS are sent), or their file may not be used to write to them. Call them instead.',
    fr: "La personne n'a pas d'adresse e-mail dans son dossier (ni de numéro de mobile, là où des SMS sont envoyés), ou son dossier ne peut servir à lui écrire. Appelez-la plutôt.",
  }),
  linkInvalid: defineError('FOLLOW_UP_LINK_INVALID', 'not_found', {
    en: 'This link is no longer valid: it can be used once, within 14 days. Contact your counselor.',
    fr: "Ce lien n'est plus valable : il sert une fois, dans les 14 jours. Contactez votre conseillère ou conseiller.",
    ar: 'هذا الرابط لم يعد صالحًا: يُستخدم مرة واحدة خلال 14 يومًا. تواصل مع مرشدك.',
  }),
};
