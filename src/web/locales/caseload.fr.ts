import type { caseloadTimelineKindsEn, caseloadWorkEn } from './caseload.en.js';

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Textes français des signaux de la file active et des changements de référent. */
export const caseloadWorkFr: Widen<typeof caseloadWorkEn> = {
  moreFilters: 'Plus de filtres',
  fewerFilters: 'Moins de filtres',
  alertsFilter: 'Alertes',
  alertsEveryone: 'Tout le monde',
  alertsAny: 'Seulement les personnes avec une alerte',
  alert: {
    overdue: 'Étape en retard',
    missed: 'Rendez-vous manqué',
    lowIntensity: 'Trop peu de contacts',
  },
  alertFilter: {
    overdue: 'Étapes en retard',
    missed: 'Rendez-vous manqués',
    lowIntensity: 'Trop peu de contacts ce mois-ci',
  },
  alertsColumn: 'Alertes',
  noAlert: 'Aucune',
  nextAction: 'Prochaine action',
  nextStep: 'Étape « {{title}} », pour le {{date}}',
  nextAppointment: 'Rendez-vous le {{date}}',
  noNextAction: 'Rien de prévu',
  contactsColumn: 'Contacts (30 jours)',
  contactsOfExpected: '{{count}} sur {{expected}}',
  contactsCount: '{{count}}',
  overdueCount_one: '{{count}} étape en retard',
  overdueCount_other: '{{count}} étapes en retard',
  missedCount_one: '{{count}} manqué en 90 jours',
  missedCount_other: '{{count}} manqués en 90 jours',
  approximateOrder:
    'Plus de 2 000 personnes correspondent : les personnes avec une alerte viennent d’abord, par nom. Filtrez par référent ou par programme pour l’ordre d’urgence complet.',
  selectPerson: 'Sélectionner {{name}}',
  selectPage: 'Sélectionner toute la page',
  selected_one: '{{count}} personne sélectionnée',
  selected_other: '{{count}} personnes sélectionnées',
  reassignSelected: 'Changer leur référent…',
  handOver: 'Transférer un portefeuille…',
  clearSelection: 'Vider la sélection',
  bulk: {
    titleSelection: 'Changer le référent des personnes sélectionnées',
    titleCaseload: 'Transférer le portefeuille d’un·e collègue',
    from: 'Portefeuille de',
    fromHint: 'Toutes les personnes suivies par ce·tte collègue sont transférées.',
    to: 'Collègues qui les reçoivent',
    toHint:
      'Conseiller·es, référent·es de programme, coordinateur·rices et directeur·rices de votre structure.',
    strategy: 'Répartition',
    even: 'À tour de rôle : autant à chacun·e',
    leastLoaded: 'Remplir d’abord les portefeuilles les plus légers',
    reason: 'Motif (facultatif)',
    reasonHint: 'Conservé dans l’historique des référents de chaque personne.',
    submit: 'Transférer',
    done_one: '{{count}} personne transférée.',
    done_other: '{{count}} personnes transférées.',
    nobody: 'Personne à transférer : ces collègues suivent déjà ces personnes.',
  },
  referentChange: {
    open: 'Changer de référent',
    title: 'Changer le référent',
    to: 'Nouveau référent',
    reason: 'Motif (facultatif)',
    submit: 'Changer de référent',
    done: 'Référent changé.',
    unchanged: 'C’est déjà le référent.',
    history: 'Historique des référents',
    historyEmpty: 'Le référent n’a pas changé depuis l’enregistrement de la personne.',
    historyRow: '{{date}} : {{from}} → {{to}}, par {{by}}',
    nobody: 'personne',
  },
};

/** Libellés des événements de parcours publiés par le module des personnes (sous `timeline.kinds`). */
export const caseloadTimelineKindsFr: Widen<typeof caseloadTimelineKindsEn> = {
  person_referent_changed: 'Nouveau référent : {{to}}',
};
