import { defineError } from '../../core/errors.js';

export const frontDoorErrors = {
  frontDoorNotFound: defineError('FRONT_DOOR_NOT_FOUND', 'not_found', {
    en: 'This request page does not exist or is closed. Check the address you were given.',
    fr: "Cette page de demande n'existe pas ou est fermée. Vérifiez l'adresse qui vous a été donnée.",
  }),
  programNotFound: defineError('FRONT_DOOR_PROGRAM_NOT_FOUND', 'not_found', {
    en: 'This program does not exist, is not run by a consortium, or your organization does not coordinate it.',
    fr: "Ce programme n'existe pas, n'est pas porté par un consortium, ou votre structure ne le coordonne pas.",
  }),
  requestNotFound: defineError('FRONT_DOOR_REQUEST_NOT_FOUND', 'not_found', {
    en: 'This request does not exist or is not in your organization’s queue.',
    fr: "Cette demande n'existe pas ou n'est pas dans la file de votre structure.",
  }),
  slugTaken: defineError('FRONT_DOOR_SLUG_TAKEN', 'conflict', {
    en: 'Another program’s request page already has this address. Choose another one.',
    fr: "La page de demande d'un autre programme a déjà cette adresse. Choisissez-en une autre.",
  }),
  notAMember: defineError('FRONT_DOOR_NOT_A_MEMBER', 'bad_request', {
    en: 'Requests go only to member organizations of the program’s consortium. Choose one of its members.',
    fr: 'Les demandes ne vont qu’aux structures membres du consortium du programme. Choisissez un de ses membres.',
  }),
  ruleTargetNotReceiving: defineError<{ label: string }>(
    'FRONT_DOOR_RULE_TARGET_NOT_RECEIVING',
    'bad_request',
    {
      en: 'The rule “{label}” sends requests to an organization that does not receive them. Add it to the receiving members or change the rule.',
      fr: 'La règle « {label} » envoie les demandes à une structure qui ne les reçoit pas. Ajoutez-la aux membres qui reçoivent ou modifiez la règle.',
    },
  ),
  requestNotOpen: defineError('FRONT_DOOR_REQUEST_NOT_OPEN', 'conflict', {
    en: 'This request is already closed or opened as a file: it can no longer change.',
    fr: 'Cette demande est déjà close ou ouverte en dossier : elle ne peut plus changer.',
  }),
  requestNotAssigned: defineError('FRONT_DOOR_REQUEST_NOT_ASSIGNED', 'conflict', {
    en: 'This request is not assigned yet: the coordinating organization confirms who follows it first.',
    fr: "Cette demande n'est pas encore attribuée : la structure coordinatrice confirme d'abord qui la suit.",
  }),
  assignedElsewhere: defineError('FRONT_DOOR_REQUEST_ASSIGNED_ELSEWHERE', 'conflict', {
    en: 'This request is assigned to another member: only that member closes it. Reassign it first if needed.',
    fr: "Cette demande est attribuée à un autre membre : c'est lui qui la clôt. Réattribuez-la d'abord si besoin.",
  }),
  noContactForFile: defineError('FRONT_DOOR_REQUEST_ANONYMIZED', 'conflict', {
    en: 'This request was anonymized: there is nothing left to open a file from.',
    fr: 'Cette demande a été anonymisée : il ne reste rien à partir de quoi ouvrir un dossier.',
  }),
  placeNotFound: defineError('FRONT_DOOR_PLACE_NOT_FOUND', 'bad_request', {
    en: 'This municipality is not in the list. Choose it again from the suggestions.',
    fr: "Cette municipalité n'est pas dans la liste. Choisissez-la de nouveau parmi les suggestions.",
  }),
  occupationNotFound: defineError('FRONT_DOOR_OCCUPATION_NOT_FOUND', 'bad_request', {
    en: 'This occupation is not in the list. Choose it again from the suggestions, or just write it.',
    fr: "Ce métier n'est pas dans la liste. Choisissez-le de nouveau parmi les suggestions, ou écrivez-le simplement.",
  }),
};
