import { defineError } from '../../core/errors.js';

export const accountErrors = {
  invalidCredentials: defineError('INVALID_CREDENTIALS', 'unauthenticated', {
    en: 'Wrong e-mail or password.',
    fr: 'Adresse e-mail ou mot de passe incorrect.',
    ar: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
  }),
  /** The same for every e-mail typed, whether an account has it or not (ADR 5, "Throttling"). */
  loginThrottled: defineError<{ minutes: number }>('LOGIN_THROTTLED', 'too_many_requests', {
    en: 'Too many failed attempts from this connection. Wait {minutes} min before trying again, or reset your password.',
    fr: 'Trop de tentatives échouées depuis cette connexion. Patientez {minutes} min avant de réessayer, ou réinitialisez votre mot de passe.',
    ar: 'محاولات فاشلة كثيرة من هذا الاتصال. انتظر {minutes} دقيقة قبل المحاولة مجددًا، أو أعد تعيين كلمة المرور.',
  }),
  noOrganization: defineError('NO_ORGANIZATION', 'forbidden', {
    en: 'Your account is not attached to any organization yet. Ask your administrator to give you a role.',
    fr: "Votre compte n'est rattaché à aucune structure. Demandez à votre administrateur de vous attribuer un rôle.",
  }),
  notAMember: defineError('NOT_A_MEMBER', 'forbidden', {
    en: 'You do not work for this organization.',
    fr: 'Vous ne travaillez pas pour cette structure.',
  }),
  secondFactorRequired: defineError('SECOND_FACTOR_REQUIRED', 'unauthenticated', {
    en: 'Enter the 6-digit code from your authenticator app.',
    fr: "Saisissez le code à 6 chiffres de votre application d'authentification.",
  }),
  secondFactorInvalid: defineError('SECOND_FACTOR_INVALID', 'unauthenticated', {
    en: 'This code is wrong or has expired. Enter the current code from your authenticator app.',
    fr: "Ce code est erroné ou a expiré. Saisissez le code actuel de votre application d'authentification.",
  }),
  secondFactorSetupRequired: defineError('SECOND_FACTOR_SETUP_REQUIRED', 'forbidden', {
    en: 'Your account must be protected by a second factor. Set it up to continue.',
    fr: 'Votre compte doit être protégé par un second facteur. Configurez-le pour continuer.',
  }),
  resetTokenInvalid: defineError('RESET_TOKEN_INVALID', 'bad_request', {
    en: 'This reset link is invalid, already used or expired. Ask for a new one.',
    fr: 'Ce lien de réinitialisation est invalide, déjà utilisé ou expiré. Demandez-en un nouveau.',
  }),
  passwordTooWeak: defineError<{ min: number }>('PASSWORD_TOO_WEAK', 'bad_request', {
    en: 'Choose a password of at least {min} characters.',
    fr: 'Choisissez un mot de passe d’au moins {min} caractères.',
  }),
  passwordTooLong: defineError<{ max: number }>('PASSWORD_TOO_LONG', 'bad_request', {
    en: 'Choose a password of at most {max} characters.',
    fr: 'Choisissez un mot de passe d’au plus {max} caractères.',
  }),
  passwordBreached: defineError('PASSWORD_BREACHED', 'bad_request', {
    en: 'This password is among those most often used or found in data breaches, or it is made of your e-mail address or the name of the product. Choose another, for example a sentence of several words.',
    fr: 'Ce mot de passe fait partie des plus courants ou de ceux retrouvés dans des fuites de données, ou il reprend votre adresse e-mail ou le nom du produit. Choisissez-en un autre, par exemple une phrase de plusieurs mots.',
  }),
  currentPasswordWrong: defineError('CURRENT_PASSWORD_WRONG', 'bad_request', {
    en: 'Your current password is wrong.',
    fr: 'Votre mot de passe actuel est incorrect.',
  }),
  emailTaken: defineError('EMAIL_TAKEN', 'conflict', {
    en: 'An account already uses this e-mail address.',
    fr: 'Un compte utilise déjà cette adresse e-mail.',
  }),
  // Not a 500: a stored secret never breaks the server; the account cannot finish logging in (403).
  secondFactorUnreadable: defineError('SECOND_FACTOR_UNREADABLE', 'forbidden', {
    en: 'Your second factor cannot be checked: its encryption key is missing from the configuration or the stored secret was altered. Tell your administrator.',
    fr: 'Votre second facteur ne peut pas être vérifié : sa clé de chiffrement manque dans la configuration ou le secret enregistré a été altéré. Prévenez votre administrateur.',
  }),
  encryptionNotConfigured: defineError('ENCRYPTION_NOT_CONFIGURED', 'internal', {
    en: 'Second-factor secrets cannot be stored: encryption keys are not configured (ENCRYPTION_KEYS). Tell your administrator.',
    fr: 'Les secrets de second facteur ne peuvent pas être enregistrés : les clés de chiffrement ne sont pas configurées (ENCRYPTION_KEYS). Prévenez votre administrateur.',
  }),
  userNotFound: defineError('USER_NOT_FOUND', 'not_found', {
    en: 'No staff member with this account in your organization.',
    fr: 'Aucun membre de votre structure avec ce compte.',
  }),
  // ASVS 6.5.1: a code is accepted once; the next one appears in the app within 30 seconds.
  secondFactorCodeUsed: defineError('SECOND_FACTOR_CODE_USED', 'forbidden', {
    en: 'This code has already been used. Wait for the next code in your authenticator app and enter it.',
    fr: "Ce code a déjà été utilisé. Attendez le code suivant de votre application d'authentification et saisissez-le.",
  }),
  secondFactorAttemptsExceeded: defineError('SECOND_FACTOR_ATTEMPTS_EXCEEDED', 'unauthenticated', {
    en: 'Too many wrong codes. Log in again with your password.',
    fr: 'Trop de codes erronés. Reconnectez-vous avec votre mot de passe.',
  }),
  staffSharedWithOtherOrganization: defineError('STAFF_SHARED_WITH_OTHER_ORGANIZATION', 'conflict', {
    en: 'This person also works for another organization: their account cannot be deactivated from here. Remove their role instead, or ask the platform operator.',
    fr: "Cette personne travaille aussi pour une autre structure : son compte ne peut pas être désactivé d'ici. Retirez-lui plutôt son rôle, ou adressez-vous à l'exploitant de la plateforme.",
  }),
  cannotDeactivateSelf: defineError('CANNOT_DEACTIVATE_SELF', 'bad_request', {
    en: 'From the staff page you cannot act on your own account (deactivate it, end its sessions or remove its second factor): ask another director or administrator.',
    fr: 'Depuis la page du personnel, vous ne pouvez pas agir sur votre propre compte (le désactiver, fermer ses sessions ou retirer son second facteur) : demandez à un autre directeur ou administrateur.',
  }),
  reauthenticationRequired: defineError('REAUTHENTICATION_REQUIRED', 'forbidden', {
    en: 'For this action, confirm it is you: enter your password again.',
    fr: 'Pour cette action, confirmez votre identité : saisissez de nouveau votre mot de passe.',
  }),
  reauthenticationFailed: defineError('REAUTHENTICATION_FAILED', 'forbidden', {
    en: 'Wrong password or code. Try again.',
    fr: 'Mot de passe ou code incorrect. Réessayez.',
  }),
  accountSessionNotFound: defineError('ACCOUNT_SESSION_NOT_FOUND', 'not_found', {
    en: 'This session does not exist or has already ended.',
    fr: "Cette session n'existe pas ou a déjà pris fin.",
  }),
  noReplacementPending: defineError('SECOND_FACTOR_REPLACEMENT_NOT_STARTED', 'bad_request', {
    en: 'Start replacing your second factor first: a new secret is drawn for the new app.',
    fr: "Commencez d'abord le remplacement de votre second facteur : un nouveau secret est tiré pour la nouvelle application.",
  }),
  singleSignOnUnavailable: defineError('SINGLE_SIGN_ON_UNAVAILABLE', 'not_found', {
    en: 'No single sign-on is set up for this e-mail address. Log in with your password.',
    fr: "Aucune connexion unique n'est configurée pour cette adresse e-mail. Connectez-vous avec votre mot de passe.",
  }),
  singleSignOnFailed: defineError('SINGLE_SIGN_ON_FAILED', 'unauthenticated', {
    en: "The sign-in through your organization's identity provider did not complete. Try again.",
    fr: "La connexion par le fournisseur d'identité de votre structure n'a pas abouti. Réessayez.",
  }),
  singleSignOnNoAccount: defineError('SINGLE_SIGN_ON_NO_ACCOUNT', 'unauthenticated', {
    en: 'Your identity provider confirmed a verified e-mail address, but no staff account of this organization uses it. Ask your administrator.',
    fr: "Votre fournisseur d'identité a confirmé une adresse e-mail vérifiée, mais aucun compte de cette structure ne l'utilise. Demandez à votre administrateur.",
  }),
  identityProviderSecretRequired: defineError('IDENTITY_PROVIDER_SECRET_REQUIRED', 'bad_request', {
    en: 'Enter the client secret the identity provider gave for Passerelle.',
    fr: "Saisissez le secret client que le fournisseur d'identité a attribué à Passerelle.",
  }),
  identityProviderUnreachable: defineError('IDENTITY_PROVIDER_UNREACHABLE', 'bad_request', {
    en: 'The identity provider cannot be reached or does not publish an OpenID Connect configuration at this issuer.',
    fr: "Le fournisseur d'identité est injoignable ou ne publie pas de configuration OpenID Connect à cette adresse d'émetteur.",
  }),
};
