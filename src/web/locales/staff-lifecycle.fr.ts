import type { staffLifecycleEn } from './staff-lifecycle.en.js';

/** Textes français des actions de la page du personnel sur le compte d'un collègue, et de la règle du second facteur. */
export const staffLifecycleFr: typeof staffLifecycleEn = {
  actions: 'Actions',
  deactivate: 'Désactiver',
  deactivateLabel: 'Désactiver {{name}}',
  reactivate: 'Réactiver',
  reactivateLabel: 'Réactiver {{name}}',
  endSessions: 'Fermer les sessions',
  endSessionsLabel: 'Fermer les sessions de {{name}}',
  confirmTitle: 'Désactiver {{name}} ?',
  confirmText:
    "Pour une personne qui part : toutes ses sessions prennent fin maintenant et elle ne peut plus se connecter. Elle n'est plus proposée comme référente. Vous pourrez réactiver le compte plus tard.",
  confirm: 'Désactiver le compte',
  deactivated_one: '{{name}} est désactivé·e ; {{count}} session a pris fin.',
  deactivated_other: '{{name}} est désactivé·e ; {{count}} sessions ont pris fin.',
  reactivated: '{{name}} peut de nouveau se connecter.',
  sessionsEnded_one: '{{count}} session de {{name}} a pris fin.',
  sessionsEnded_other: '{{count}} sessions de {{name}} ont pris fin.',
  resetSecondFactor: {
    button: 'Retirer l’application d’authentification',
    label: 'Retirer l’application d’authentification de {{name}}',
    title: 'Retirer l’application d’authentification de {{name}} ?',
    intro:
      'Pour un collègue qui a perdu le téléphone où elle se trouve. Vérifiez d’abord que la demande vient bien de lui. Ses sessions prennent fin, il reçoit un e-mail et, à sa prochaine connexion, il configure une nouvelle application.',
    how: 'Comment avez-vous vérifié qui le demande ?',
    checks: {
      in_person: 'En personne',
      video_call: 'En visioconférence, visage visible',
      call_back_known_number: 'En rappelant un numéro déjà connu',
    },
    confirm: 'Retirer l’application',
    done: '{{name}} configurera une nouvelle application d’authentification à sa prochaine connexion.',
  },
  identityProvider: {
    title: 'Connexion par votre structure (authentification unique)',
    intro:
      'Les membres du personnel dont l’e-mail est dans l’un des domaines ci-dessous se connectent par le fournisseur d’identité de votre structure (OpenID Connect) au lieu d’un mot de passe Passerelle.',
    redirectUri: 'Donnez au fournisseur cette adresse de redirection :',
    issuer: 'Adresse du fournisseur (issuer)',
    clientId: 'Identifiant client',
    clientSecret: 'Secret client',
    clientSecretKept: 'Laissez vide pour garder le secret déjà enregistré.',
    domains: 'Domaines des e-mails du personnel',
    domainsHelp: 'Séparés par des virgules, par exemple ml-toulouse.fr, ml31.org',
    acr: 'Valeur « acr » qui signifie qu’un second facteur a été utilisé (facultatif)',
    acrHelp: 'Quand le fournisseur l’affirme, Passerelle ne demande pas son propre second facteur.',
    enabled: 'Activée',
    save: 'Enregistrer le fournisseur',
    saved: 'Enregistré : le fournisseur a répondu et ses réglages ont été vérifiés.',
  },
  policy: {
    title: 'Second facteur',
    intro:
      "Qui doit se connecter avec une application d'authentification (ou une connexion de la structure qui en demande une).",
    label: 'Second facteur exigé pour',
    administrators: 'Les administrateurs seulement',
    all_staff: 'Tout le personnel',
    save: 'Enregistrer',
    saved: 'Enregistré : la règle s’applique à la prochaine connexion de chacun.',
  },
  timeZone: {
    title: 'Fuseau horaire',
    label: 'Fuseau horaire de la structure',
    intro:
      'Toutes les heures sont affichées, saisies, envoyées par e-mail et imprimées dans ce fuseau, quel que soit celui de chaque ordinateur ; les jours (agenda, rappels, tâches) y sont comptés aussi.',
    now: 'Heure actuelle là-bas : {{time}}',
    save: 'Enregistrer le fuseau horaire',
    saved: 'Enregistré : les heures sont désormais celles de {{timeZone}}.',
  },
};
