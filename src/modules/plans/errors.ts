import { defineError } from '../../core/errors.js';

export const planErrors = {
  personNotFound: defineError('PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  planNotFound: defineError('PLAN_NOT_FOUND', 'not_found', {
    en: 'This plan does not exist or is not followed by your organization.',
    fr: "Ce plan n'existe pas ou n'est pas suivi par votre structure.",
  }),
  goalNotFound: defineError('PLAN_GOAL_NOT_FOUND', 'not_found', {
    en: 'This goal does not exist in a plan of your organization. Reload the plan.',
    fr: "Cet objectif n'existe pas dans un plan de votre structure. Rechargez le plan.",
  }),
  stepNotFound: defineError('PLAN_STEP_NOT_FOUND', 'not_found', {
    en: 'This step does not exist in a plan of your organization. Reload the plan.',
    fr: "Cette étape n'existe pas dans un plan de votre structure. Rechargez le plan.",
  }),
  planExists: defineError('PLAN_ALREADY_OPEN', 'conflict', {
    en: 'This person already has an open plan for this program. Open it and add goals to it instead.',
    fr: 'Cette personne a déjà un plan ouvert pour ce programme. Ouvrez-le et ajoutez-y plutôt des objectifs.',
  }),
  notEnrolled: defineError('PLAN_PROGRAM_NOT_ENROLLED', 'unprocessable', {
    en: 'This person is not enrolled in that program by your organization. Enrol them first, or start a plan without a program.',
    fr: "Cette personne n'est pas inscrite à ce programme par votre structure. Inscrivez-la d'abord, ou créez un plan sans programme.",
  }),
  evidenceDocumentNotFound: defineError('PLAN_EVIDENCE_DOCUMENT_NOT_FOUND', 'unprocessable', {
    en: 'This document is not in the person’s file (or was deleted). Choose one of their documents as evidence.',
    fr: "Ce document n'est pas dans le dossier de la personne (ou a été supprimé). Choisissez l'un de ses documents comme justificatif.",
  }),
  planClosed: defineError('PLAN_CLOSED', 'conflict', {
    en: 'This plan is closed: it can be read and printed, not changed. Start a new plan if needed.',
    fr: 'Ce plan est clos : il peut être consulté et imprimé, pas modifié. Créez un nouveau plan si besoin.',
  }),
  transitionNotAllowed: defineError<{ from: string; to: string }>(
    'PLAN_STEP_TRANSITION_NOT_ALLOWED',
    'conflict',
    {
      en: 'A step that is “{from}” cannot become “{to}”. Reload the plan to see its current status.',
      fr: 'Une étape « {from} » ne peut pas passer à « {to} ». Rechargez le plan pour voir son statut actuel.',
    },
  ),
  reasonRequired: defineError('PLAN_STEP_REASON_REQUIRED', 'bad_request', {
    en: 'Say why the step is abandoned (for example: “moved to another region”).',
    fr: "Indiquez pourquoi l'étape est abandonnée (par exemple : « déménagement dans une autre région »).",
  }),
  dateInFuture: defineError('PLAN_DATE_IN_FUTURE', 'bad_request', {
    en: 'This date is after today. Record what has happened, on the day it happened.',
    fr: "Cette date est postérieure à aujourd'hui. Enregistrez ce qui s'est passé, à la date où cela s'est passé.",
  }),
  notReadyToSign: defineError<{ gaps: string }>('PLAN_NOT_READY_TO_SIGN', 'unprocessable', {
    en: 'The plan is not complete enough to be signed ({gaps}). Complete it, then record the sign-off.',
    fr: "Le plan n'est pas assez complet pour être signé ({gaps}). Complétez-le, puis enregistrez la signature.",
  }),
  nothingToSign: defineError('PLAN_ALREADY_SIGNED', 'conflict', {
    en: 'This version of the plan is already signed. Change the plan first if the person signs a new version.',
    fr: 'Cette version du plan est déjà signée. Modifiez d’abord le plan si la personne signe une nouvelle version.',
  }),
};
