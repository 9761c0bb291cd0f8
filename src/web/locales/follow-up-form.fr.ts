import type { FollowUpFormMessages } from './follow-up-form.en.js';

/** Textes français du formulaire public de suivi après la sortie (/suivi/:token). */
export const followUpFormFr: FollowUpFormMessages = {
  language: 'Langue',
  loading: 'Chargement…',
  greeting: 'Bonjour {{firstName}}',
  intro:
    '{{organization}} aimerait savoir ce que vous devenez, {{duration}} après votre sortie du programme « {{program}} ».',
  why: 'Vos réponses aident à améliorer le programme pour les personnes qui viendront après vous. Cela prend environ deux minutes.',
  expires: 'Ce lien ne sert qu’une fois, jusqu’au {{date}}.',
  requiredNote: 'Les questions marquées d’un * demandent une réponse. Vous pouvez passer les autres.',
  yes: 'Oui',
  no: 'Non',
  employed: {
    label: 'Avez-vous un emploi payé en ce moment ?',
    description: 'Y compris si vous travaillez à votre compte.',
  },
  sameEmployer: { label: 'Est-ce le même employeur qu’à votre sortie du programme ?' },
  contractType: {
    label: 'Quel est votre type de contrat ?',
    permanent: 'Contrat sans date de fin (CDI)',
    fixed_term: 'Contrat avec une date de fin (CDD)',
    temporary: 'Intérim (missions par une agence)',
    self_employed: 'Je travaille à mon compte',
    other: 'Autre',
  },
  hours: {
    label: 'Combien d’heures travaillez-vous par semaine, environ ?',
    description: 'Un nombre entre {{min}} et {{max}}.',
    invalid: 'Indiquez un nombre d’heures entre {{min}} et {{max}}.',
  },
  wage: {
    label: 'Combien gagnez-vous par mois, environ, en brut (avant les retenues) ?',
    none: 'Pas de salaire',
    under: 'Moins de {{amount}}',
    between: 'De {{from}} à {{to}}',
    atLeast: '{{amount}} ou plus',
  },
  inTraining: {
    label: 'Suivez-vous une formation ou des études en ce moment ?',
    description: 'Un stage de formation, un apprentissage ou des études.',
  },
  inRegion: { label: 'Habitez-vous toujours dans la même région ?' },
  satisfied: {
    label: 'Dans l’ensemble, votre situation d’aujourd’hui vous convient-elle ?',
    '1': 'Pas du tout',
    '2': 'Plutôt non',
    '3': 'Moyennement',
    '4': 'Plutôt oui',
    '5': 'Tout à fait',
  },
  submit: 'Envoyer mes réponses',
  sending: 'Envoi…',
  chooseAnswer: 'Choisissez une réponse.',
  fixErrors: 'Certaines réponses sont à compléter ou à corriger.',
  errorTitle: 'Un problème est survenu',
  retry: 'Réessayer',
  sendFailed: 'Vos réponses n’ont pas pu être envoyées',
  thanks: {
    title: 'Merci, {{firstName}} !',
    text: '{{organization}} a bien reçu vos réponses. Vous pouvez fermer cette page.',
  },
  invalid: {
    title: 'Ce lien ne fonctionne plus',
    text: 'Un lien de suivi ne sert qu’une seule fois, pendant {{duration}}. Celui-ci a déjà servi ou il a expiré.',
    contact:
      'Si vous souhaitez répondre ou avez une question, contactez votre conseiller ou votre conseillère : un nouveau lien peut vous être envoyé.',
  },
};
