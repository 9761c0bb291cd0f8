import { defineError } from '../../core/errors.js';

export const recognitionErrors = {
  pathwayNotFound: defineError('RECOGNITION_PATHWAY_NOT_FOUND', 'not_found', {
    en: 'This recognition pathway does not exist or is not in a catalogue your organization reads.',
    fr: "Ce parcours de reconnaissance n'existe pas ou ne fait pas partie d'un catalogue que votre structure consulte.",
  }),
  pathwayReadOnly: defineError('RECOGNITION_PATHWAY_READ_ONLY', 'forbidden', {
    en: 'This pathway is kept by a partner organization: you may read it and follow it, not change it.',
    fr: 'Ce parcours est tenu par une structure partenaire : vous pouvez le consulter et le suivre, pas le modifier.',
  }),
  pathwayRetired: defineError('RECOGNITION_PATHWAY_RETIRED', 'conflict', {
    en: 'This pathway is no longer offered: new cases cannot start on it.',
    fr: "Ce parcours n'est plus proposé : aucun nouveau dossier ne peut y commencer.",
  }),
  noVersionInForce: defineError<{ day: string }>('RECOGNITION_NO_VERSION_IN_FORCE', 'bad_request', {
    en: 'No version of this pathway was in force on {day}: a case starts on or after the first version takes effect.',
    fr: "Aucune version de ce parcours n'était en vigueur le {day} : un dossier commence le jour où la première version prend effet, ou après.",
  }),
  pathwayStepsIncoherent: defineError('RECOGNITION_PATHWAY_STEPS_INCOHERENT', 'bad_request', {
    en: 'The steps do not fit their kinds (see each field): an evaluator and report type belong to a credential evaluation, a test and level to a language test.',
    fr: 'Les étapes ne correspondent pas à leur type (voir chaque champ) : un organisme évaluateur et un type de rapport vont avec une évaluation des diplômes, un test et un niveau avec un test de langue.',
  }),
  personNotFound: defineError('RECOGNITION_PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  caseNotFound: defineError('RECOGNITION_CASE_NOT_FOUND', 'not_found', {
    en: 'This recognition case does not exist or is not one your organization follows.',
    fr: "Ce dossier de reconnaissance n'existe pas ou ne fait pas partie des dossiers suivis par votre structure.",
  }),
  caseStepNotFound: defineError('RECOGNITION_CASE_STEP_NOT_FOUND', 'not_found', {
    en: 'This step does not exist or belongs to a case your organization does not follow.',
    fr: "Cette étape n'existe pas ou appartient à un dossier que votre structure ne suit pas.",
  }),
  caseNotOpen: defineError('RECOGNITION_CASE_NOT_OPEN', 'conflict', {
    en: 'This case has its result or was closed: it can no longer change.',
    fr: 'Ce dossier a reçu sa décision ou a été clos : il ne peut plus changer.',
  }),
  stepChangeRefused: defineError('RECOGNITION_STEP_CHANGE_REFUSED', 'bad_request', {
    en: 'This change of the step does not hold (see each field): dates in order from the case’s start, an end date with an ended status, and a step paid by a loan keeps its cost and payer.',
    fr: "Ce changement de l'étape n'est pas possible (voir chaque champ) : des dates dans l'ordre à partir du début du dossier, une date de fin avec un statut terminé, et une étape payée par un prêt garde son coût et son payeur.",
  }),
  documentNotOfPerson: defineError('RECOGNITION_DOCUMENT_NOT_OF_PERSON', 'bad_request', {
    en: 'A document attached to a step must be one of the person’s documents in your organization.',
    fr: "Un document joint à une étape doit être l'un des documents de la personne dans votre structure.",
  }),
  resultRefused: defineError('RECOGNITION_RESULT_REFUSED', 'bad_request', {
    en: 'This result does not hold (see each field): dated from the case’s start, conditions for a partial recognition only, and no credential for a refusal.',
    fr: "Cette décision n'est pas possible (voir chaque champ) : datée à partir du début du dossier, des conditions pour une reconnaissance partielle seulement, et aucun titre pour un refus.",
  }),
  closingRefused: defineError('RECOGNITION_CLOSING_REFUSED', 'bad_request', {
    en: 'A case closes on or after the day it started.',
    fr: 'Un dossier se clôt le jour de son début ou après.',
  }),
  financingRefused: defineError('RECOGNITION_FINANCING_REFUSED', 'bad_request', {
    en: 'These steps cannot be financed together (see each one): steps of this case, not yet financed, not waived or failed, each with a cost in the fund’s currency.',
    fr: 'Ces étapes ne peuvent pas être financées ensemble (voir chacune) : des étapes de ce dossier, pas encore financées, ni dispensées ni échouées, chacune avec un coût dans la devise du fonds.',
  }),
  applicationNotLinkable: defineError('RECOGNITION_APPLICATION_NOT_LINKABLE', 'bad_request', {
    en: 'This loan application cannot pay these steps: it must be filed by your organization for the same person, not declined or withdrawn, and its amount must cover the steps’ costs.',
    fr: 'Cette demande de prêt ne peut pas payer ces étapes : elle doit être déposée par votre structure pour la même personne, ni refusée ni retirée, et son montant doit couvrir le coût des étapes.',
  }),
};
