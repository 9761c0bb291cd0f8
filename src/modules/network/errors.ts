import { defineError } from '../../core/errors.js';

export const networkErrors = {
  partnerNotFound: defineError('NETWORK_PARTNER_NOT_FOUND', 'not_found', {
    en: 'This partner does not exist or is not in your network.',
    fr: "Ce partenaire n'existe pas ou ne fait pas partie de votre réseau.",
  }),
  partnerReadOnly: defineError<{ organization: string }>('NETWORK_PARTNER_READ_ONLY', 'forbidden', {
    en: 'This partner is shared by {organization}: only they can change it.',
    fr: 'Ce partenaire est partagé par {organization} : seule cette structure peut le modifier.',
  }),
  contactNotFound: defineError('NETWORK_CONTACT_NOT_FOUND', 'not_found', {
    en: 'This contact does not exist or is not in your network.',
    fr: "Ce contact n'existe pas ou ne fait pas partie de votre réseau.",
  }),
  contactOfAnotherPartner: defineError('NETWORK_CONTACT_OF_ANOTHER_PARTNER', 'bad_request', {
    en: 'This contact works at another partner: choose one of this partner’s contacts.',
    fr: 'Ce contact travaille chez un autre partenaire : choisissez un contact de ce partenaire.',
  }),
  employerNotFound: defineError('NETWORK_EMPLOYER_NOT_FOUND', 'bad_request', {
    en: 'This employer is not in your employers directory.',
    fr: "Cet employeur ne figure pas dans votre répertoire d'employeurs.",
  }),
  employerOnlyForEmployers: defineError('NETWORK_EMPLOYER_LINK_KIND', 'bad_request', {
    en: 'Only a partner of kind employer points to a record of the employers directory.',
    fr: "Seul un partenaire de type employeur renvoie à une fiche du répertoire d'employeurs.",
  }),
  conveningNotFound: defineError('NETWORK_CONVENING_NOT_FOUND', 'not_found', {
    en: 'This convening does not exist or is not your organization’s.',
    fr: "Cette rencontre n'existe pas ou n'appartient pas à votre structure.",
  }),
  registrationNotFound: defineError('NETWORK_REGISTRATION_NOT_FOUND', 'not_found', {
    en: 'This registration does not exist or is not your organization’s.',
    fr: "Cette inscription n'existe pas ou n'appartient pas à votre structure.",
  }),
  alreadyRegistered: defineError('NETWORK_ALREADY_REGISTERED', 'conflict', {
    en: 'This person is already registered for this convening.',
    fr: 'Cette personne est déjà inscrite à cette rencontre.',
  }),
  conveningFull: defineError<{ capacity: number }>('NETWORK_CONVENING_FULL', 'conflict', {
    en: 'This convening is full ({capacity} seats). Raise its capacity first.',
    fr: "Cette rencontre est complète ({capacity} places). Augmentez d'abord sa capacité.",
  }),
  capacityBelowRegistrations: defineError<{ registered: number }>(
    'NETWORK_CAPACITY_BELOW_REGISTRATIONS',
    'conflict',
    {
      en: 'The capacity cannot be lower than the {registered} registrations already taken.',
      fr: 'La capacité ne peut pas être inférieure aux {registered} inscriptions déjà prises.',
    },
  ),
  publicConveningNotFound: defineError('NETWORK_PUBLIC_CONVENING_NOT_FOUND', 'not_found', {
    en: 'This registration page does not exist or is closed.',
    fr: "Cette page d'inscription n'existe pas ou est fermée.",
  }),
  subscriberNotFound: defineError('NETWORK_SUBSCRIBER_NOT_FOUND', 'not_found', {
    en: 'This subscriber does not exist or is not on your mailing list.',
    fr: "Cet abonné n'existe pas ou ne figure pas sur votre liste de diffusion.",
  }),
  alreadySubscribed: defineError('NETWORK_ALREADY_SUBSCRIBED', 'conflict', {
    en: 'This address is already on the mailing list.',
    fr: 'Cette adresse figure déjà sur la liste de diffusion.',
  }),
  unsubscribedBefore: defineError('NETWORK_UNSUBSCRIBED_BEFORE', 'conflict', {
    en: 'This address unsubscribed: it is never added again by staff. Its owner may subscribe again themself.',
    fr: "Cette adresse s'est désabonnée : l'équipe ne peut plus l'ajouter. Seule la personne peut se réabonner.",
  }),
  noSubscribers: defineError('NETWORK_NO_SUBSCRIBERS', 'conflict', {
    en: 'The mailing list has no active subscriber: there is nobody to send the bulletin to.',
    fr: "La liste de diffusion n'a aucun abonné actif : le bulletin n'a aucun destinataire.",
  }),
  unsubscribeLinkInvalid: defineError('NETWORK_UNSUBSCRIBE_LINK_INVALID', 'not_found', {
    en: 'This unsubscribe link is not valid. Copy the whole link from the e-mail, or answer the e-mail to be removed.',
    fr: "Ce lien de désabonnement n'est pas valide. Copiez le lien entier depuis le courriel, ou répondez au courriel pour être retiré·e.",
  }),
};
