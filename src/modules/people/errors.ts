import { defineError } from '../../core/errors.js';

export const peopleErrors = {
  personNotFound: defineError('PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  consentPartnerUnknown: defineError('CONSENT_PARTNER_UNKNOWN', 'bad_request', {
    en: 'A consent names organizations that exist, and consortia your organization belongs to. Choose the partners from the list.',
    fr: 'Un consentement désigne des structures existantes, et des consortiums dont votre structure fait partie. Choisissez les partenaires dans la liste.',
  }),
  itemNotFound: defineError('PERSON_ITEM_NOT_FOUND', 'not_found', {
    en: 'This item is no longer in the file. Reload the page.',
    fr: "Cet élément n'est plus dans le dossier. Rechargez la page.",
  }),
  invalidLevel: defineError<{ level: string; scale: string }>('LANGUAGE_LEVEL_INVALID', 'bad_request', {
    en: 'Level {level} does not exist on the {scale} scale (CEFR: A1 to C2; CLB/NCLC: 1 to 12).',
    fr: "Le niveau {level} n'existe pas sur l'échelle {scale} (CECRL : A1 à C2 ; NCLC/CLB : 1 à 12).",
  }),
  referentNotStaff: defineError('REFERENT_NOT_STAFF', 'bad_request', {
    en: 'The referent must be a staff member of your organization.',
    fr: 'Le référent doit être un membre du personnel de votre structure.',
  }),
  referentNotEligible: defineError<{ name: string }>('REFERENT_NOT_ELIGIBLE', 'bad_request', {
    en: '{name} cannot become a referent: only active staff of your organization who work with people’s files can follow people. Nothing was changed.',
    fr: '{name} ne peut pas devenir référent : seuls les membres actifs de votre structure qui travaillent sur les dossiers peuvent suivre des personnes. Rien n’a été modifié.',
  }),
  reassignmentSourceIsTarget: defineError('REASSIGNMENT_SOURCE_IS_TARGET', 'bad_request', {
    en: 'The colleague whose people are handed over cannot also receive them. Choose other colleagues.',
    fr: 'La personne dont on transfère le portefeuille ne peut pas aussi le recevoir. Choisissez d’autres collègues.',
  }),
  encryptionNotConfigured: defineError('ENCRYPTION_NOT_CONFIGURED', 'internal', {
    en: 'Immigration statuses and barriers cannot be stored or read: encryption keys are not configured (ENCRYPTION_KEYS). Tell your administrator.',
    fr: 'Les statuts administratifs et les freins ne peuvent pas être enregistrés ni lus : les clés de chiffrement ne sont pas configurées (ENCRYPTION_KEYS). Prévenez votre administrateur.',
  }),
  sealedDataUnreadable: defineError('PERSON_DATA_UNREADABLE', 'internal', {
    en: 'Part of this file cannot be decrypted: its encryption key is missing from the configuration or the stored value was altered. Tell your administrator.',
    fr: 'Une partie de ce dossier ne peut pas être déchiffrée : sa clé de chiffrement manque dans la configuration ou la valeur enregistrée a été altérée. Prévenez votre administrateur.',
  }),
  consentsAreRevoked: defineError('CONSENT_NOT_REMOVABLE', 'conflict', {
    en: 'A consent is never deleted: record its withdrawal instead.',
    fr: 'Un consentement ne se supprime pas : enregistrez plutôt son retrait.',
  }),
  householdNotFound: defineError('HOUSEHOLD_NOT_FOUND', 'not_found', {
    en: 'This household does not exist or is not one of your organization’s.',
    fr: 'Ce foyer n’existe pas ou n’appartient pas à votre structure.',
  }),
  alreadyInHousehold: defineError('PERSON_ALREADY_IN_HOUSEHOLD', 'conflict', {
    en: 'This person is already in a household. Remove them from it first: a person is in one household at a time.',
    fr: 'Cette personne fait déjà partie d’un foyer. Retirez-la d’abord de celui-ci : une personne n’est que d’un foyer à la fois.',
  }),
  notHouseholdMember: defineError('PERSON_NOT_IN_HOUSEHOLD', 'bad_request', {
    en: 'This person is not a member of this household.',
    fr: 'Cette personne ne fait pas partie de ce foyer.',
  }),
  mainContactLeaving: defineError('HOUSEHOLD_MAIN_CONTACT_LEAVING', 'conflict', {
    en: 'The main contact cannot leave while other members remain: make another member the main contact first.',
    fr: 'Le contact principal ne peut pas quitter le foyer tant que d’autres membres y restent : désignez d’abord un autre contact principal.',
  }),
  duplicateMergeNotAvailable: defineError('DUPLICATE_MERGE_NOT_AVAILABLE', 'unprocessable', {
    en: 'Two files of your organization are merged, not linked: use “Same person” on the file to keep. Nothing was changed.',
    fr: 'Deux dossiers de votre structure se fusionnent, ils ne se lient pas : utilisez « Même personne » sur le dossier à garder. Rien n’a été modifié.',
  }),
  mergeFileHeld: defineError('PERSON_MERGE_FILE_HELD', 'unprocessable', {
    en: 'A restricted or anonymized file cannot be merged: its processing is frozen or its identity gone. Nothing was changed.',
    fr: 'Un dossier limité ou anonymisé ne peut pas être fusionné : son traitement est gelé ou son identité effacée. Rien n’a été modifié.',
  }),
  mergeFileAlreadyMerged: defineError('PERSON_MERGE_FILE_ALREADY_MERGED', 'conflict', {
    en: 'One of these files is already part of a merge (merged into another, or other files merged into it). Undo that merge first. Nothing was changed.',
    fr: 'L’un de ces dossiers fait déjà partie d’une fusion (fusionné dans un autre, ou d’autres dossiers fusionnés dans celui-ci). Annulez d’abord cette fusion. Rien n’a été modifié.',
  }),
  mergeEnrolmentConflict: defineError<{ program: string }>('PERSON_MERGE_ENROLMENT_CONFLICT', 'conflict', {
    en: 'Both files are enrolled in {program} right now: close one of the two enrolments before merging. Nothing was changed.',
    fr: 'Les deux dossiers sont inscrits en ce moment à {program} : clôturez l’une des deux inscriptions avant de fusionner. Rien n’a été modifié.',
  }),
  consortiumNotFound: defineError('DUPLICATE_RUN_CONSORTIUM_NOT_FOUND', 'not_found', {
    en: 'This consortium does not exist or is not coordinated by your organization.',
    fr: 'Ce consortium n’existe pas ou n’est pas coordonné par votre structure.',
  }),
  mergeNotInForce: defineError('PERSON_MERGE_NOT_IN_FORCE', 'not_found', {
    en: 'This file is not merged into another one: there is nothing to undo.',
    fr: 'Ce dossier n’est fusionné dans aucun autre : il n’y a rien à annuler.',
  }),
  duplicateReferenceInvalid: defineError('DUPLICATE_REFERENCE_INVALID', 'bad_request', {
    en: 'This possible match is no longer known. Look for possible duplicates again.',
    fr: 'Cette correspondance possible n’est plus connue. Relancez la recherche de doublons.',
  }),
};
