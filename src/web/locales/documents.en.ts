/** English texts of the person's documents (upload, download, types). */
export const documentsEn = {
  tab: 'Documents',
  unavailable: 'Documents are not available on this server yet.',
  caption: "The person's documents, newest first",
  empty: 'No document in this file yet.',
  type: {
    diploma: 'Diploma',
    diploma_translation: 'Translation of a diploma',
    credential_evaluation: 'Credential evaluation',
    cv: 'CV',
    signed_plan: 'Signed plan',
    identity: 'Identity or residence document',
    other: 'Other',
  },
  column: {
    title: 'Title',
    type: 'Type',
    size: 'Size',
    uploadedAt: 'Added on',
    uploadedBy: 'Added by',
    actions: 'Actions',
  },
  unknownAuthor: 'Former staff member',
  download: 'Download',
  downloadOf: 'Download “{{title}}”',
  edit: 'Rename',
  editOf: 'Rename or retype “{{title}}”',
  delete: 'Delete',
  deleteOf: 'Delete “{{title}}”',
  upload: {
    title: 'Add a document',
    file: 'File',
    fileHelp:
      'PDF, photo (JPEG, PNG, WebP, HEIC), Word, OpenDocument or text; at most {{maxMiB}} MiB. Stored encrypted.',
    type: 'Type of document',
    documentTitle: 'Title',
    titleHelp: 'What staff will see in the list, e.g. “Master’s degree in chemistry, Aleppo”.',
    submit: 'Add the document',
    sending: 'Sending… {{percent}} %',
    progress: 'Upload progress',
    added: '“{{title}}” was added to the file.',
    fileNeeded: 'Choose a file to add.',
    titleNeeded: 'Give the document a title.',
    tooLarge:
      'This file is {{size}}: the limit is {{maxMiB}} MiB. Compress it or scan it at a lower resolution.',
  },
  describe: {
    title: 'Rename or retype “{{title}}”',
    submit: 'Save',
    saved: 'The document was updated.',
  },
  remove: {
    title: 'Delete “{{title}}”',
    reason: 'Reason for deleting',
    help: 'The file is erased; its title, type and this reason stay in the record.',
    submit: 'Delete the document',
    deleted: '“{{title}}” was deleted.',
  },
};

/** Labels of the timeline events this module publishes (merged under `timeline.kinds`). */
export const documentsTimelineKindsEn = {
  document_uploaded: 'Document added: {{title}}',
  document_deleted: 'Document deleted: {{title}}',
};
