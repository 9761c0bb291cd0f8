import type { staysEn } from './stays.en.js';

/** Textes français des séjours exploratoires en région : un domaine à part. */
export const staysFr: typeof staysEn = {
  section: {
    title: 'Séjours exploratoires',
    intro:
      'Avant de déménager, un ménage peut passer d’un à cinq jours dans une région pour voir s’il pourrait y vivre, accueilli par un partenaire régional. Planifiez le séjour ici, puis indiquez ce que le ménage a décidé.',
    itemLabel: 'Séjour : {{region}}',
    dates: '{{region}}, du {{from}} au {{to}}',
    host: 'Accueilli par {{organization}}',
    travellers: 'Partent : {{names}}',
    children_one: '{{count}} enfant sans dossier',
    children_other: '{{count}} enfants sans dossier',
    decision: 'Décision : {{decision}}',
    decidedOn: 'Décision : {{decision}}, le {{date}}',
    noDecision: 'Pas encore de bilan',
    totalCost: 'Coût total : {{amount}}',
    plan: 'Planifier un séjour',
    report: 'Faire le bilan du séjour',
    correctReport: 'Corriger le bilan',
  },
  status: {
    planned: 'Planifié',
    done: 'Effectué',
    cancelled: 'Annulé',
  },
  decision: {
    interested: 'Intéressé',
    not_interested: 'Pas intéressé',
    decided_to_move: 'Décidé à déménager',
  },
  form: {
    title: 'Planifier un séjour exploratoire',
    region: 'Région',
    regionHint:
      'Les régions du Québec ; celles qui ont un partenaire régional dans vos consortiums peuvent accueillir un séjour.',
    chooseRegion: 'Choisissez une région',
    regionWithoutPartner: '{{region}} (aucun partenaire)',
    host: 'Partenaire d’accueil',
    hostHint: 'Un partenaire régional qui couvre la région choisie.',
    chooseHost: 'Choisissez le partenaire d’accueil',
    noPartner:
      'Aucun partenaire de vos consortiums ne couvre encore cette région : choisissez une autre région.',
    startsOn: 'Premier jour',
    endsOn: 'Dernier jour',
    datesHint: 'D’un à cinq jours, premier et dernier jours compris.',
    travellers: 'Qui part',
    travellersHint: 'Les membres du ménage qui ont un dossier.',
    thisPerson: 'La personne de ce dossier',
    children: 'Enfants sans dossier',
    childrenHint: 'Les enfants qui accompagnent le ménage et n’ont pas de dossier à eux.',
    purpose: 'Objet du séjour',
    purposeHint: 'Ce que le ménage veut voir : employeurs, logements, écoles…',
    submit: 'Planifier le séjour',
    done: 'Le séjour est planifié.',
  },
  report: {
    title: 'Bilan du séjour — {{region}}',
    intro:
      'Une fois le séjour commencé, indiquez ce que le ménage a décidé. Un bilan ultérieur corrige celui-ci.',
    decision: 'Ce que le ménage a décidé',
    decidedOn: 'Jour de la décision',
    decidedOnHint: 'Pas avant le premier jour du séjour.',
    note: 'Note',
    submit: 'Enregistrer le bilan',
    done: 'Le bilan est enregistré.',
  },
};
