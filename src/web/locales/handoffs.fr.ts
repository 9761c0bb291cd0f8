import type { handoffsEn, handoffsTimelineKindsEn } from './handoffs.en.js';

/** Textes français des passages de relais de l'accompagnement entre structures. */
export const handoffsFr: typeof handoffsEn = {
  title: 'Passages de relais',
  intro:
    'Les personnes qu’une autre structure confie à la vôtre, et celles que vous avez confiées : qui reprend, qui les suit en attendant.',
  directionLabel: 'Passages affichés',
  direction: { received: 'Reçus', sent: 'Proposés' },
  statusLabel: 'État',
  statusFilter: { open: 'En attente de réponse', decided: 'Décidés', all: 'Tous' },
  listLabel: 'Passages de relais',
  empty: 'Aucun passage de relais ici.',
  columns: {
    person: 'Personne',
    from: 'De',
    to: 'Vers',
    program: 'Programme repris',
    reason: 'Motif',
    proposedAt: 'Proposé le',
    status: 'État',
    actions: 'Actions',
  },
  unnamed: 'Personne qui ne partage plus son dossier',
  noProgram: 'Aucun',
  status: {
    proposed: 'En attente de réponse',
    accepted: 'Repris',
    declined: 'Refusé',
    withdrawn: 'Retiré',
  },
  reason: {
    moved_to_region: 'Installation dans une autre région',
    closer_to_home: 'Plus près de son domicile',
    specialised_service: 'Un service plus adapté',
    program_rules: 'Les règles du programme',
    other: 'Autre motif',
  },
  declineReason: {
    not_our_area: 'Hors de notre territoire',
    no_capacity: 'Plus de place pour le moment',
    not_eligible: 'Non éligible chez nous',
    person_unreachable: 'Personne injoignable',
    other: 'Autre motif',
  },
  section: {
    title: 'Passage de relais à une autre structure',
    intro:
      'Quand une autre structure reprend l’accompagnement (après un déménagement, pour un service plus proche), proposez-le ici. Vous suivez la personne jusqu’à ce qu’elle accepte.',
    propose: 'Passer le relais',
    proposed:
      'Proposé à {{organization}} le {{date}} par {{name}} : en attente de réponse. Vous suivez la personne d’ici là.',
    accepted: 'Confié à {{organization}} le {{date}} ; suivi là-bas par {{referent}}.',
    declined: '{{organization}} a refusé le {{date}} : {{reason}}.',
    withdrawn: 'Proposition à {{organization}} retirée le {{date}}.',
    received: 'Repris de {{organization}} le {{date}}.',
    readShared: 'Lire ce que {{organization}} partage du dossier',
    note: 'Leur note : {{note}}',
    message: 'Message : {{message}}',
    withdraw: 'Retirer la proposition',
    withdrawn_done: 'Proposition retirée.',
  },
  banner: {
    proposed: 'Passage de relais à {{organization}} en attente de réponse depuis le {{date}}.',
    accepted: 'Accompagnement confié à {{organization}} le {{date}}.',
  },
  form: {
    title: 'Passer le relais de l’accompagnement',
    receiver: 'Structure qui reprend',
    receiverHint:
      'Un membre de vos consortiums. Le consentement de la personne doit la nommer et couvrir son identité.',
    suggestedNotConsented:
      'Le consentement de la personne ne nomme pas encore le partenaire régional choisi lors du déménagement : enregistrez son consentement au partage avec lui (onglet Consentements) avant de lui proposer le relais.',
    noPartner:
      'Votre structure n’est dans aucun consortium : personne sur la plateforme à qui passer le relais.',
    reason: 'Motif',
    enrolment: 'Inscription reprise',
    enrolmentHint:
      'La structure qui reprend poursuit l’inscription ; la personne n’est pas comptée deux fois.',
    noEnrolment: 'Aucune : la personne n’est pas reprise dans un programme',
    message: 'Ce qu’elle doit savoir pour reprendre',
    submit: 'Proposer le passage de relais',
    done: 'Passage de relais proposé à {{organization}}.',
    consentTab: 'Enregistrer le consentement dans le dossier',
    householdMembers: 'Membres du foyer qui partent aussi',
    householdMembersHint:
      'Chacun doit avoir son propre consentement nommant cette structure et couvrant son identité. Le foyer y est reformé autour du même contact principal.',
  },
  accept: {
    title: 'Reprendre {{name}}',
    intro:
      'Un référent de votre structure suit la personne à partir de maintenant. Un dossier est ouvert ici avec son identité et ses coordonnées ; son historique reste chez {{organization}}, lisible tant que le consentement le permet.',
    referent: 'Référent qui reprend',
    existing: 'Nous avons déjà un dossier pour cette personne',
    existingFile: 'Notre dossier',
    existingPlaceholder: 'Chercher dans notre portefeuille par nom',
    submit: 'Reprendre',
    done: 'Vous suivez désormais cette personne.',
    openFile: 'Ouvrir le dossier',
    action: 'Reprendre',
  },
  decline: {
    title: 'Refuser le passage de relais de {{name}}',
    reason: 'Motif',
    note: 'Note pour {{organization}}',
    submit: 'Refuser',
    done: 'Passage de relais refusé : {{organization}} continue de suivre la personne.',
    action: 'Refuser',
  },
  relation: {
    main: 'contact principal',
    spouse: 'conjoint ou conjointe',
    child: 'enfant',
    parent: 'père ou mère',
    sibling: 'frère ou sœur',
    other: 'autre',
  },
  withHousehold: 'Avec : {{names}}',
  memberUnnamed: 'un membre qui n’est plus partagé',
  acceptHousehold:
    'Les membres du foyer qui passent avec la personne sont repris aussi, chacun dans un dossier chez vous avec le même référent, et le foyer est reformé ici : {{names}}.',
  endReason: 'Confiée à une autre structure',
  person: 'Personne confiée',
  figures: {
    title: 'Passages de relais de l’accompagnement',
    intro:
      'Les passages de relais proposés dans la période qui poursuivent une inscription à ce programme, entre les structures concernées : ce que les structures ont décidé, et en combien de temps. Des effectifs seulement.',
    withoutProgram_one:
      '{{count}} passage de relais de la période ne poursuit aucune inscription : il n’est pas compté ici.',
    withoutProgram_other:
      '{{count}} passages de relais de la période ne poursuivent aucune inscription : ils ne sont pas comptés ici.',
    withoutProgramFew:
      'Quelques passages de relais de la période (moins de {{threshold}}) ne poursuivent aucune inscription : ils ne sont pas comptés ici.',
    none: 'Aucun passage de relais dans cette période.',
    byReason: 'Passages de relais par motif et décision',
    reasonColumn: 'Motif',
    proposed: 'Proposés',
    declines: 'Refusés, par raison',
    byOrganization: 'Passages de relais par structure, et décisions des structures',
    proposedBy: 'Proposés',
    received: 'Reçus',
    medianDays: 'Délai médian de décision (jours)',
    withinDelay: 'Décidés dans le délai de relance de l’envoyeur',
    decided: 'Décidés : {{count}} · médiane {{days}} jours · dans le délai : {{share}}',
  },
};

/** Libellés des passages de relais sur le fil d'une personne. */
export const handoffsTimelineKindsFr: typeof handoffsTimelineKindsEn = {
  handoff_proposed: 'Passage de relais de l’accompagnement proposé à {{organizationName}}',
  handoff_withdrawn: 'Passage de relais à {{organizationName}} retiré',
  handoff_declined: '{{organizationName}} a refusé le passage de relais de l’accompagnement',
  handoff_accepted: 'Accompagnement repris par {{organizationName}}',
  handoff_received: 'Accompagnement repris de {{organizationName}}',
};
