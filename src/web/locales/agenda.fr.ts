import type { agendaEn } from './agenda.en.js';

/** Textes français de la grille de l'agenda, de la prise de rendez-vous et de l'abonnement d'agenda. */
export const agendaFr: typeof agendaEn = {
  list: 'Rendez-vous, jour par jour',
  grid: {
    title: 'Heures',
    hint: 'Heures de {{timeZone}}. Choisissez une demi-heure libre pour la réserver ; dans la grille, les flèches passent d’une demi-heure à l’autre.',
    book: 'Réserver {{slot}}',
    bookBusy_one: 'Réserver {{slot}} (déjà {{count}} rendez-vous)',
    bookBusy_other: 'Réserver {{slot}} (déjà {{count}} rendez-vous)',
  },
  book: {
    title: 'Prendre un rendez-vous : {{slot}}',
    person: 'Avec qui',
    personHint: 'Tapez au moins 2 lettres d’un nom, dans n’importe quelle écriture.',
    matches: 'Personnes trouvées',
    noMatch: 'Personne de ce nom dans votre structure.',
    continue: 'Continuer',
  },
  feed: {
    title: 'Mon agenda dans Outlook ou Google Agenda',
    intro:
      'Abonnez-vous à vos rendez-vous Passerelle depuis votre agenda habituel. L’adresse est secrète : qui la détient lit votre agenda (heures, lieux, initiales).',
    none: 'Pas encore d’adresse d’abonnement.',
    active: 'Adresse d’abonnement créée le {{created}} ; pas encore lue par un agenda.',
    activeRead:
      'Adresse d’abonnement créée le {{created}} ; lue pour la dernière fois par un agenda le {{read}}.',
    create: 'Créer mon adresse d’abonnement',
    regenerate: 'Remplacer l’adresse',
    revoke: 'Révoquer l’adresse',
    revokeConfirmTitle: 'Révoquer l’adresse d’abonnement ?',
    revokeConfirm:
      'Les agendas abonnés ne recevront plus vos rendez-vous. Vous pourrez créer une nouvelle adresse plus tard.',
    revokeYes: 'Révoquer',
    created: 'Votre adresse d’abonnement est prête : copiez-la maintenant, elle ne sera plus affichée.',
    replaced: 'Une nouvelle adresse remplace l’ancienne, qui ne fonctionne plus.',
    revoked: 'L’adresse d’abonnement est révoquée.',
    url: 'Adresse d’abonnement',
    urlOnce: 'Affichée maintenant seulement. Perdue ? Remplacez-la.',
    copy: 'Copier',
    copied: 'Copiée',
    howTo:
      'Outlook : Ajouter un calendrier → S’abonner à partir du web. Google Agenda : Autres agendas → À partir de l’URL. Ils l’actualisent toutes les quelques heures.',
    privacy:
      'L’agenda ne montre que l’heure, le lieu et les initiales de la personne ; le lien ouvre le dossier dans Passerelle, derrière votre connexion.',
  },
};
