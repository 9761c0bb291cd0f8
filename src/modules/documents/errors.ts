import { defineError } from '../../core/errors.js';

export const documentErrors = {
  notFound: defineError('DOCUMENT_NOT_FOUND', 'not_found', {
    en: 'This document does not exist or is not in a file your organization follows.',
    fr: "Ce document n'existe pas ou n'appartient pas à un dossier suivi par votre structure.",
  }),
  personNotFound: defineError('PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  tooLarge: defineError<{ maxMiB: number }>('DOCUMENT_TOO_LARGE', 'unprocessable', {
    en: 'This file is larger than {maxMiB} MiB. Compress it or scan it at a lower resolution, then try again.',
    fr: 'Ce fichier dépasse {maxMiB} Mio. Compressez-le ou numérisez-le avec une résolution plus faible, puis réessayez.',
  }),
  empty: defineError('DOCUMENT_EMPTY', 'unprocessable', {
    en: 'This file is empty. Choose the file again.',
    fr: 'Ce fichier est vide. Choisissez à nouveau le fichier.',
  }),
  archiveTooLarge: defineError('DOCUMENT_ARCHIVE_TOO_LARGE', 'unprocessable', {
    en: 'This Word or OpenDocument file unpacks to far more than a document holds, or is damaged. Save it again from the word processor, or send it as a PDF.',
    fr: 'Ce fichier Word ou OpenDocument se décompresse en bien plus qu’un document ne contient, ou il est endommagé. Enregistrez-le de nouveau depuis le traitement de texte, ou envoyez-le en PDF.',
  }),
  infected: defineError('DOCUMENT_INFECTED', 'unprocessable', {
    en: 'The virus scanner found malicious software in this file, so it was not stored. Ask the person for a clean copy, for example a new scan or a PDF made on another device.',
    fr: 'L’antivirus a trouvé un logiciel malveillant dans ce fichier : il n’a pas été enregistré. Demandez à la personne une copie saine, par exemple une nouvelle numérisation ou un PDF fait sur un autre appareil.',
  }),
  scanUnavailable: defineError('DOCUMENT_SCAN_UNAVAILABLE', 'unavailable', {
    en: 'The virus scanner does not answer right now, so the file was not stored. Try again in a few minutes.',
    fr: 'L’antivirus ne répond pas pour le moment : le fichier n’a pas été enregistré. Réessayez dans quelques minutes.',
  }),
  typeNotAllowed: defineError('DOCUMENT_TYPE_NOT_ALLOWED', 'unprocessable', {
    en: 'This kind of file is not accepted. Send a PDF, a photo (JPEG, PNG, WebP, HEIC), a Word or OpenDocument text, or a plain text file.',
    fr: "Ce type de fichier n'est pas accepté. Envoyez un PDF, une photo (JPEG, PNG, WebP, HEIC), un texte Word ou OpenDocument, ou un fichier texte.",
  }),
  typeMismatch: defineError<{ declared: string; detected: string }>(
    'DOCUMENT_TYPE_MISMATCH',
    'unprocessable',
    {
      en: 'This file was sent as {declared} but its content is {detected}. Check that you chose the right file.',
      fr: 'Ce fichier a été envoyé comme {declared} mais son contenu est {detected}. Vérifiez que vous avez choisi le bon fichier.',
    },
  ),
  alreadyDeleted: defineError('DOCUMENT_DELETED', 'conflict', {
    en: 'This document was deleted: it can no longer be opened or changed.',
    fr: 'Ce document a été supprimé : il ne peut plus être ouvert ni modifié.',
  }),
  unreadable: defineError('DOCUMENT_UNREADABLE', 'internal', {
    en: 'This document cannot be decrypted: its encryption key is missing from the configuration or the stored copy was altered. Tell your administrator.',
    fr: 'Ce document ne peut pas être déchiffré : sa clé de chiffrement manque dans la configuration ou la copie enregistrée a été altérée. Prévenez votre administrateur.',
  }),
  encryptionNotConfigured: defineError('ENCRYPTION_NOT_CONFIGURED', 'internal', {
    en: 'Documents cannot be stored: encryption keys are not configured (ENCRYPTION_KEYS). Tell your administrator.',
    fr: 'Les documents ne peuvent pas être enregistrés : les clés de chiffrement ne sont pas configurées (ENCRYPTION_KEYS). Prévenez votre administrateur.',
  }),
};
