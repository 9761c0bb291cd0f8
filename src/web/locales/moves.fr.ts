import type { movesEn, movesTimelineKindsEn } from './moves.en.js';

/** Textes français des déménagements en région et des chiffres en foyers du programme. */
export const movesFr: typeof movesEn = {
  section: {
    title: 'Installations en région',
    intro:
      'Quand le foyer s’est installé en région, enregistrez-le ici : où, quand, logement et travail à l’arrivée. Le foyer compte une fois dans les chiffres du programme.',
    itemLabel: 'Installation à {{place}}',
    moved: 'Installé le {{date}} à {{place}} ({{region}})',
    facts: 'Foyer de {{size}} · {{housing}} · {{activity}}',
    members: 'Partis ensemble : {{names}}',
    exit: 'A clos l’inscription à {{program}} avec la sortie « installation en région » : les suivis à 6 et 12 mois demanderont si le foyer y vit toujours.',
    handoff_none:
      '{{organization}} doit prendre le relais : le passage de relais n’a pas encore été proposé.',
    handoff_proposed: 'Relais proposé à {{organization}} : en attente de sa réponse.',
    handoff_accepted: '{{organization}} a pris le relais de l’accompagnement.',
    handoff_declined: '{{organization}} a refusé le relais.',
    handoff_withdrawn: 'Le relais proposé à {{organization}} a été retiré.',
    proposeHandoff: 'Proposer le relais à {{organization}}',
    record: 'Enregistrer une installation',
    cancel: 'Annuler cette installation',
    cancelled: 'Annulée',
    cancelReason: 'Annulée : {{reason}}',
  },
  housing: {
    rented: 'Logement loué',
    bought: 'Achat d’un logement',
    employer_provided: 'Logement fourni par l’employeur',
    temporary: 'Logement temporaire',
    with_family: 'Hébergé par la famille ou des amis',
    not_yet: 'Pas encore de logement',
  },
  activity: {
    job: 'Un emploi',
    business: 'Son entreprise',
    studies: 'Des études',
    job_search: 'Encore en recherche d’emploi',
    other: 'Autre',
  },
  form: {
    title: 'Enregistrer une installation en région',
    movedOn: 'Jour du déménagement',
    movedOnHint:
      'Une installation s’enregistre une fois faite ; une arrivée prévue se note dans le plan de régionalisation.',
    destination: 'Municipalité',
    destinationHint: 'Tapez le nom ou le code postal de la municipalité où vit maintenant le foyer.',
    housing: 'Logement à l’arrivée',
    activity: 'Ce qui fait vivre le foyer',
    activityNote: 'Emploi, entreprise ou études',
    activityNoteHint:
      'Par exemple : préposée aux bénéficiaires au CISSS ; reprise de la boulangerie du village.',
    members: 'Autres membres du foyer partis',
    membersHint: 'Les membres qui ont leur propre dossier. Leur historique montrera l’installation.',
    dependants: 'Membres sans dossier (enfants…)',
    dependantsHint: 'Pour que la taille du foyer soit juste.',
    enrolment: 'Inscription qu’elle clôt',
    enrolmentHint:
      'L’inscription se clôt avec la sortie « installation en région », dont les suivis demandent si le foyer est resté.',
    noEnrolment: 'Aucune (l’installation ne clôt pas d’inscription)',
    receiver: 'Partenaire régional qui prend le relais',
    receiverHint: 'Le passage de relais se propose ensuite, sous le consentement de la personne.',
    noReceiver: 'Personne pour l’instant',
    partnersInRegion: 'Partenaires de cette région',
    otherPartners: 'Autres partenaires régionaux',
    noPartnerInRegion: 'Aucune structure partenaire de la plateforme ne couvre encore cette région.',
    note: 'Note',
    submit: 'Enregistrer l’installation',
    done: 'Installation enregistrée.',
  },
  cancel: {
    title: 'Annuler cette installation',
    intro:
      'Une installation enregistrée par erreur sort des chiffres mais reste gardée avec sa raison. La sortie qu’elle a écrite sur l’inscription se corrige depuis l’inscription.',
    reason: 'Raison',
    submit: 'Annuler l’installation',
    done: 'Installation annulée.',
  },
  figures: {
    title: 'Foyers installés en région',
    link: 'Foyers installés en région',
    intro:
      'Les foyers installés en région chaque année, comptés une fois quel que soit le nombre de leurs membres partis ou de leurs déménagements, face à la cible de l’année.',
    scopeOrganization:
      'Les foyers de votre structure seulement : le pilotage du programme voit tous les membres.',
    yearLabel: 'Année',
    byYear: 'Foyers installés par année',
    households: 'Foyers',
    target: 'Cible',
    yearTable: 'Foyers installés par année, face à la cible',
    noTarget: 'Pas de cible',
    ofTarget: '{{households}} sur {{target}}',
    byRegion: 'Par région en {{year}}',
    byOrganization: 'Par membre en {{year}}',
    region: 'Région',
    organization: 'Membre',
    none: 'Aucun foyer installé en {{year}} pour l’instant.',
    groupsNote:
      'Un foyer parti dans deux régions dans l’année compte une fois dans chacune : les lignes peuvent dépasser le total de l’année.',
    funnel: 'De la demande à l’installation durable, {{year}}',
    funnelTable: 'Le parcours des foyers de {{year}}, étape par étape',
    stage: 'Étape',
    stages: {
      requests: 'Demandes reçues',
      stays: 'Foyers partis en séjour exploratoire',
      decisions: 'Décidés à partir après un séjour',
      moves: 'Foyers installés',
      retained: 'Toujours en région après 12 mois',
    },
    retentionDue:
      '{{count}} des foyers installés en {{year}} ont atteint leur suivi à 12 mois ; les autres ne peuvent pas encore compter comme restés.',
  },
};

export const movesTimelineKindsFr: typeof movesTimelineKindsEn = {
  move_recorded: 'Installation à {{municipality}} ({{region}})',
  move_cancelled: 'Installation en {{region}} annulée',
};
