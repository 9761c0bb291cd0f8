import { applicationsTimelineKindsFr } from './applications.fr.js';
import { documentsTimelineKindsFr } from './documents.fr.js';
import type { Messages } from './en.js';
import { followUpTimelineKindsFr } from './follow-up.fr.js';
import { frontDoorTimelineKindsFr } from './front-door.fr.js';
import { handoffsTimelineKindsFr } from './handoffs.fr.js';
import { householdsTimelineKindsFr } from './households.fr.js';
import { immersionsTimelineKindsFr } from './immersions.fr.js';
import { matchingTimelineKindsFr } from './matching.fr.js';
import { movesTimelineKindsFr } from './moves.fr.js';
import { exitOutcomeLabelsFr, outcomesTimelineKindsFr } from './outcomes.fr.js';
import { outreachTimelineKindsFr } from './outreach.fr.js';
import { placementsTimelineKindsFr } from './placements.fr.js';
import { plansTimelineKindsFr } from './plans.fr.js';
import { recognitionTimelineKindsFr } from './recognition.fr.js';
import { referralsTimelineKindsFr } from './referrals.fr.js';
import { regionsTimelineKindsFr } from './regions.fr.js';
import { relocationAidTimelineKindsFr } from './relocation-aid.fr.js';
import { relocationPlansTimelineKindsFr } from './relocation-plans.fr.js';
import { sessionsTimelineKindsFr } from './sessions.fr.js';
import { tasksTimelineKindsFr } from './tasks.fr.js';

/** Libellés des événements publiés par le dossier, les programmes et le fonds de prêt. */
const coreTimelineKindsFr = {
  person_registered: "Dossier ouvert à l'accueil",
  person_status_changed: 'Statut de séjour mis à jour',
  person_referent_changed: 'Nouveau référent : {{to}}',
  consent_given: 'Consentement donné : {{purpose}}',
  consent_withdrawn: 'Consentement retiré : {{purpose}}',
  barrier_identified: 'Frein identifié : {{category}}',
  barrier_resolved: 'Frein levé : {{category}}',
  enrolment_started: 'Inscription à {{program}}',
  enrolment_overridden: "Conditions d'éligibilité levées pour l'inscription à {{program}}",
  enrolment_exited: 'Sortie de {{program}} en fin de parcours',
  enrolment_withdrawn: 'Abandon de {{program}}',
  loan_application_filed: 'Demande de prêt {{reference}} déposée auprès de {{fund}}',
  loan_decided: 'Demande de prêt {{reference}} {{outcome}} par le comité',
  loan_disbursed: 'Prêt {{reference}} : tranche {{tranche}} versée',
  loan_restructured: 'Prêt {{reference}} rééchelonné',
  loan_repaid: 'Prêt {{reference}} entièrement remboursé',
  loan_written_off: 'Prêt {{reference}} passé en perte',
};

/** Textes français du fil de la personne. Chaque module qui publie des événements apporte ses libellés. */
export const timelineFr: Messages['timeline'] = {
  tab: 'Fil de suivi',
  intro:
    "Ce qui s'est passé dans ce dossier, du plus récent au plus ancien, tel que chaque partie de Passerelle l'a enregistré.",
  unavailable: "Le fil de suivi n'est pas encore disponible sur ce serveur.",
  filters: 'Filtrer le fil de suivi',
  modulesLegend: 'Afficher les événements de',
  allModules: 'Tout',
  from: 'Du',
  to: 'Au',
  clearDates: 'Effacer les dates',
  periodReversed: 'La date de fin précède la date de début.',
  shown_one: '{{count}} événement affiché sur {{total}}',
  shown_other: '{{count}} événements affichés sur {{total}}',
  loadMore: 'Afficher les événements plus anciens',
  loadingMore: 'Chargement des événements plus anciens…',
  empty: "Rien n'a encore été enregistré dans ce dossier.",
  emptyFiltered: 'Aucun événement ne correspond à ces filtres.',
  listLabel: 'Événements du {{day}}',
  recordedBy: 'par {{name}}',
  sensitive: 'Sensible',
  restricted: 'Confidentiel',
  open: 'Ouvrir',
  openLabel: 'Ouvrir : {{event}}',
  unknownKind: 'Événement enregistré par {{module}}',
  module: {
    people: 'Dossier',
    programs: 'Programmes',
    plans: 'Plan d’action',
    'follow-up': 'Rendez-vous et notes',
    documents: 'Documents',
    sessions: 'Séances collectives',
    'loan-fund': 'Prêts',
    tasks: 'Tâches',
    outreach: 'Repérage',
    'front-door': "Porte d'entrée",
    moves: 'Installations en région',
    handoffs: 'Passages de relais',
    regions: 'Séjours exploratoires',
    'relocation-aid': 'Aide à la mobilité',
    'relocation-plans': 'Plan de régionalisation',
    referrals: 'Orientations',
    recognition: 'Reconnaissance des diplômes',
    applications: 'Candidatures',
    placements: 'Embauches et contrats',
    immersions: 'Immersions et stages',
    matching: 'Recherche d’emploi',
    outcomes: 'Sorties et suivi',
    other: 'Autre',
  },
  value: {
    outcome: { approved: 'accordée', declined: 'refusée' },
    exitOutcome: exitOutcomeLabelsFr,
    withheld: 'confidentiel',
  },
  kinds: {
    ...coreTimelineKindsFr,
    ...plansTimelineKindsFr,
    ...followUpTimelineKindsFr,
    ...documentsTimelineKindsFr,
    ...sessionsTimelineKindsFr,
    ...tasksTimelineKindsFr,
    ...outreachTimelineKindsFr,
    ...frontDoorTimelineKindsFr,
    ...handoffsTimelineKindsFr,
    ...regionsTimelineKindsFr,
    ...relocationAidTimelineKindsFr,
    ...relocationPlansTimelineKindsFr,
    ...movesTimelineKindsFr,
    ...referralsTimelineKindsFr,
    ...recognitionTimelineKindsFr,
    ...applicationsTimelineKindsFr,
    ...placementsTimelineKindsFr,
    ...immersionsTimelineKindsFr,
    ...matchingTimelineKindsFr,
    ...outcomesTimelineKindsFr,
    ...householdsTimelineKindsFr,
  },
};
