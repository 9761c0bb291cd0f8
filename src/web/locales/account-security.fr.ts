import type { accountSecurityEn } from './account-security.en.js';

/** Textes français de la sécurité du compte : sessions, nouvelle authentification, second facteur, connexion unique. */
export const accountSecurityFr: typeof accountSecurityEn = {
  menu: 'Sécurité et sessions',
  title: 'Sécurité et sessions',
  intro:
    "Où votre compte est connecté, et votre application d'authentification. Une session prend fin après {{idle}} minutes sans activité et au plus tard {{absolute}} heures après la connexion.",
  sessions: {
    title: 'Sessions ouvertes',
    empty: 'Aucune autre session ouverte.',
    device: 'Appareil',
    unknownDevice: 'Appareil inconnu',
    deviceOn: '{{browser}} sur {{system}}',
    started: 'Connexion : {{date}}',
    lastSeen: 'dernière activité : {{date}}',
    method: 'Connexion par : {{method}}',
    methodPassword: 'Mot de passe',
    methodSso: 'Connexion de la structure',
    current: 'Cette session',
    end: 'Fermer',
    endLabel: 'Fermer la session de {{device}}, active pour la dernière fois {{lastSeen}}',
    ended: 'La session a été fermée.',
    endOthers: 'Fermer toutes les autres sessions',
    endedOthers_one: '{{count}} autre session fermée.',
    endedOthers_other: '{{count}} autres sessions fermées.',
  },
  password: {
    title: 'Mot de passe',
    intro: 'Choisissez un nouveau mot de passe. Vos autres sessions prennent fin ; celle-ci reste ouverte.',
    current: 'Mot de passe actuel',
    new: 'Nouveau mot de passe',
    rules:
      'Au moins 12 caractères, par exemple une phrase de plusieurs mots ; un mot de passe retrouvé dans des fuites de données est refusé.',
    confirm: 'Nouveau mot de passe, à nouveau',
    mismatch: 'Les deux nouveaux mots de passe diffèrent.',
    submit: 'Changer le mot de passe',
    changed_one: 'Mot de passe changé. {{count}} autre session a pris fin.',
    changed_other: 'Mot de passe changé. {{count}} autres sessions ont pris fin.',
  },
  secondFactor: {
    title: "Application d'authentification",
    enabled: "Votre compte est protégé par une application d'authentification.",
    disabled: "Votre compte n'a pas encore de second facteur.",
    replace: "Remplacer l'application d'authentification",
    setUp: "Configurer une application d'authentification",
    newAppIntro:
      "Ajoutez ce compte à la nouvelle application (scannez le QR code ou saisissez le secret), puis saisissez le code qu'elle affiche. Votre application actuelle fonctionne jusque-là.",
    confirm: 'Confirmer la nouvelle application',
    changed_one: "Application d'authentification enregistrée. {{count}} autre session a été fermée.",
    changed_other: "Application d'authentification enregistrée. {{count}} autres sessions ont été fermées.",
  },
  reauth: {
    title: 'Confirmez votre identité',
    intro: 'Cette action est sensible : saisissez de nouveau votre mot de passe pour continuer.',
    introWithCode:
      "Cette action est sensible : saisissez votre mot de passe et le code de votre application d'authentification.",
    password: 'Mot de passe',
    code: 'Code à 6 chiffres',
    codeInvalid: 'Le code compte 6 chiffres.',
    submit: 'Confirmer et continuer',
    sso: 'Me reconnecter avec ma structure',
    ssoIntro:
      "Vous vous êtes connecté par votre structure : reconnectez-vous auprès d'elle, puis refaites l'action.",
  },
  sso: {
    button: 'Me connecter avec ma structure',
    needsEmail: "Saisissez d'abord votre adresse e-mail : elle indique votre structure.",
    or: 'ou',
    errors: {
      SINGLE_SIGN_ON_FAILED:
        "La connexion par le fournisseur d'identité de votre structure n'a pas abouti. Réessayez.",
      SINGLE_SIGN_ON_NO_ACCOUNT:
        "Votre fournisseur d'identité a confirmé votre adresse e-mail, mais aucun compte de cette structure ne l'utilise. Demandez à votre administrateur.",
      SINGLE_SIGN_ON_UNAVAILABLE:
        "Aucune connexion unique n'est configurée pour cette adresse e-mail. Connectez-vous avec votre mot de passe.",
      IDENTITY_PROVIDER_UNREACHABLE:
        "Le fournisseur d'identité de votre structure est injoignable pour le moment.",
      other:
        "La connexion par votre structure n'a pas abouti. Réessayez ou connectez-vous avec votre mot de passe.",
    },
  },
};
