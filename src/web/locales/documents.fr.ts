import type { documentsTimelineKindsEn } from './documents.en.js';
import type { Messages } from './en.js';

/** Textes français : the person's documents (upload, download, types). */
export const documentsFr: Messages['documents'] = {
  tab: 'Documents',
  unavailable: 'Les documents ne sont pas encore disponibles sur ce serveur.',
  caption: 'Les documents de la personne, du plus récent au plus ancien',
  empty: 'Aucun document dans ce dossier pour le moment.',
  type: {
    diploma: 'Diplôme',
    diploma_translation: "Traduction d'un diplôme",
    credential_evaluation: 'Attestation de comparabilité',
    cv: 'CV',
    signed_plan: 'Plan signé',
    identity: "Pièce d'identité ou titre de séjour",
    other: 'Autre',
  },
  column: {
    title: 'Titre',
    type: 'Type',
    size: 'Taille',
    uploadedAt: 'Ajouté le',
    uploadedBy: 'Ajouté par',
    actions: 'Actions',
  },
  unknownAuthor: 'Ancien membre de l’équipe',
  download: 'Télécharger',
  downloadOf: 'Télécharger « {{title}} »',
  edit: 'Renommer',
  editOf: 'Renommer ou changer le type de « {{title}} »',
  delete: 'Supprimer',
  deleteOf: 'Supprimer « {{title}} »',
  upload: {
    title: 'Ajouter un document',
    file: 'Fichier',
    fileHelp:
      'PDF, photo (JPEG, PNG, WebP, HEIC), Word, OpenDocument ou texte ; {{maxMiB}} Mio au plus. Enregistré chiffré.',
    type: 'Type de document',
    documentTitle: 'Titre',
    titleHelp: 'Ce que l’équipe verra dans la liste, par exemple « Master de chimie, Alep ».',
    submit: 'Ajouter le document',
    sending: 'Envoi… {{percent}} %',
    progress: "Progression de l'envoi",
    added: '« {{title}} » a été ajouté au dossier.',
    fileNeeded: 'Choisissez un fichier à ajouter.',
    titleNeeded: 'Donnez un titre au document.',
    tooLarge:
      'Ce fichier fait {{size}} : la limite est de {{maxMiB}} Mio. Compressez-le ou numérisez-le avec une résolution plus faible.',
  },
  describe: {
    title: 'Renommer ou changer le type de « {{title}} »',
    submit: 'Enregistrer',
    saved: 'Le document a été mis à jour.',
  },
  remove: {
    title: 'Supprimer « {{title}} »',
    reason: 'Motif de la suppression',
    help: 'Le fichier est effacé ; son titre, son type et ce motif restent dans l’historique.',
    submit: 'Supprimer le document',
    deleted: '« {{title}} » a été supprimé.',
  },
};

export const documentsTimelineKindsFr: Record<keyof typeof documentsTimelineKindsEn, string> = {
  document_uploaded: 'Document ajouté : {{title}}',
  document_deleted: 'Document supprimé : {{title}}',
};
