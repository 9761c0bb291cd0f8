/**
 * The words of the exported files, in the staff languages: column headers, sheet names and the small
 * vocabularies shown as words (statuses, alerts). Codes of longer vocabularies stay as codes.
 */
import type { Locale, Translated } from '../../../core/i18n/locale.js';
import { translate } from '../../../core/i18n/locale.js';

export const exportHeaders = {
  familyName: { en: 'Family name', fr: 'Nom' },
  givenName: { en: 'Given name', fr: 'Prénom' },
  familyNameOriginal: { en: 'Family name (original script)', fr: 'Nom (écriture d’origine)' },
  givenNameOriginal: { en: 'Given name (original script)', fr: 'Prénom (écriture d’origine)' },
  birthDate: { en: 'Birth date', fr: 'Date de naissance' },
  city: { en: 'City', fr: 'Ville' },
  referent: { en: 'Referent', fr: 'Référent' },
  openedAt: { en: 'File opened', fr: 'Dossier ouvert le' },
  nextAction: { en: 'Next action', fr: 'Prochaine action' },
  nextActionOn: { en: 'Next action on', fr: 'Date de la prochaine action' },
  overdueSteps: { en: 'Overdue steps', fr: 'Étapes en retard' },
  missedAppointments: { en: 'Missed appointments (90 days)', fr: 'Rendez-vous manqués (90 jours)' },
  contactsLast30Days: { en: 'Contacts (30 days)', fr: 'Contacts (30 jours)' },
  expectedContacts: { en: 'Contacts expected a month', fr: 'Contacts attendus par mois' },
  lastContactOn: { en: 'Last contact', fr: 'Dernier contact' },
  alerts: { en: 'Alerts', fr: 'Alertes' },
  immigrationStatus: { en: 'Immigration status', fr: 'Statut administratif' },
  program: { en: 'Program', fr: 'Programme' },
  enrolmentStatus: { en: 'Enrolment status', fr: 'Statut de l’inscription' },
  enrolledOn: { en: 'Enrolled on', fr: 'Inscrit le' },
  endedOn: { en: 'Ended on', fr: 'Fin le' },
  intakeSource: { en: 'Intake source', fr: 'Origine' },
  verdict: { en: 'Eligibility', fr: 'Éligibilité' },
  title: { en: 'Title', fr: 'Intitulé' },
  organization: { en: 'Organization', fr: 'Structure' },
  kind: { en: 'Kind', fr: 'Type' },
  audience: { en: 'Audience', fr: 'Public' },
  mode: { en: 'Mode', fr: 'Modalité' },
  language: { en: 'Language', fr: 'Langue' },
  openness: { en: 'Open to', fr: 'Ouverte à' },
  sessionStatus: { en: 'Status', fr: 'Statut' },
  capacity: { en: 'Capacity', fr: 'Places' },
  enrolled: { en: 'Enrolled', fr: 'Inscrits' },
  waitlisted: { en: 'Waitlisted', fr: 'En liste d’attente' },
  fillRate: { en: 'Fill rate', fr: 'Taux de remplissage' },
  meetings: { en: 'Meetings', fr: 'Séances' },
  firstMeetingAt: { en: 'First meeting', fr: 'Première séance' },
  lastMeetingAt: { en: 'Last meeting', fr: 'Dernière séance' },
  grantsAttestation: { en: 'Attestation', fr: 'Attestation' },
  employer: { en: 'Employer', fr: 'Employeur' },
  jobTitle: { en: 'Job title', fr: 'Poste' },
  contractType: { en: 'Contract type', fr: 'Type de contrat' },
  workingTime: { en: 'Working time', fr: 'Temps de travail' },
  hoursPerWeek: { en: 'Hours a week', fr: 'Heures par semaine' },
  wage: { en: 'Wage', fr: 'Salaire' },
  wagePeriod: { en: 'Wage period', fr: 'Période du salaire' },
  currency: { en: 'Currency', fr: 'Devise' },
  startsOn: { en: 'Start', fr: 'Début' },
  endsOn: { en: 'End (after renewals)', fr: 'Fin (après renouvellements)' },
  endedEarlyOn: { en: 'Ended early on', fr: 'Rupture le' },
  contractState: { en: 'State today', fr: 'État ce jour' },
} satisfies Record<string, Translated>;

export type ExportHeader = keyof typeof exportHeaders;

export const sheetNames = {
  caseload: { en: 'Caseload', fr: 'Portefeuille' },
  enrolments: { en: 'Enrolments', fr: 'Inscriptions' },
  sessions: { en: 'Sessions', fr: 'Sessions' },
  placements: { en: 'Placements', fr: 'Embauches' },
} satisfies Record<string, Translated>;

const valueLabels: Record<string, Translated> = {
  // Alerts of the caseload.
  overdue: { en: 'Overdue steps', fr: 'Étapes en retard' },
  missed: { en: 'Missed appointments', fr: 'Rendez-vous manqués' },
  lowIntensity: { en: 'Too few contacts', fr: 'Contacts insuffisants' },
  contractEnding: { en: 'Contract ending', fr: 'Fin de contrat proche' },
  followUpDue: { en: 'Follow-up due', fr: 'Suivi post-sortie à faire' },
  // Next actions.
  step: { en: 'Step', fr: 'Étape' },
  appointment: { en: 'Appointment', fr: 'Rendez-vous' },
  // Enrolments.
  enrolled: { en: 'Enrolled', fr: 'Inscrit' },
  exited: { en: 'Exited', fr: 'Sorti' },
  withdrawn: { en: 'Withdrawn', fr: 'Abandon' },
  // Sessions.
  planned: { en: 'Planned', fr: 'Prévue' },
  cancelled: { en: 'Cancelled', fr: 'Annulée' },
  completed: { en: 'Completed', fr: 'Terminée' },
  // Contracts.
  not_started: { en: 'Not started', fr: 'Pas commencé' },
  running: { en: 'Running', fr: 'En cours' },
  suspended: { en: 'Suspended', fr: 'Suspendu' },
  ended: { en: 'Ended', fr: 'Terminé' },
  // Booleans.
  yes: { en: 'Yes', fr: 'Oui' },
  no: { en: 'No', fr: 'Non' },
};

export function headerOf(key: ExportHeader, locale: Locale): string {
  return translate(exportHeaders[key], locale);
}

/** A vocabulary value in words when it has some, else as its code. */
export function labelOf(value: string | null | undefined, locale: Locale): string | null {
  if (value === null || value === undefined) return null;
  const text = valueLabels[value];
  return text ? translate(text, locale) : value;
}
