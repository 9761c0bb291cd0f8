import type { peopleImportEn } from './people-import.en.js';

/** Reprendre une file active depuis un tableur (docs/people-import.md). */
export const peopleImportFr: typeof peopleImportEn = {
  link: 'Importer des personnes depuis un fichier',
  back: 'Retour à la file active',
  title: 'Importer des personnes',
  intro:
    'Ouvrez les dossiers de nombreuses personnes d’un coup depuis un tableur (CSV ou Excel). Le fichier est d’abord vérifié : rien n’est enregistré avant que vous importiez les lignes retenues.',
  templateHint: 'Partez du modèle, avec des en-têtes en français ou en anglais :',
  template: 'télécharger le modèle (CSV)',
  file: 'Fichier tableur',
  fileHint: 'CSV ou Excel (.xlsx), 5 Mio et 2 000 lignes au plus ; la première ligne nomme les colonnes.',
  check: 'Vérifier le fichier',
  reportTitle: 'Vérification du fichier',
  summary:
    '{{rows}} lignes : {{ok}} prêtes à importer, {{errors}} refusées, {{skipped}} écartées ; {{duplicates}} avec un doublon possible.',
  ignored: 'Colonnes non importées : {{columns}}.',
  refusedHint:
    'Les lignes refusées sont écartées. Corrigez-les dans le fichier puis vérifiez-le à nouveau pour les importer.',
  importNow_one: 'Importer une personne',
  importNow_other: 'Importer {{count}} personnes',
  nothingToImport: 'Aucune ligne ne reste à importer.',
  notCommitted: 'Rien n’a été importé : une ligne retenue est refusée. Vérifiez à nouveau le fichier.',
  row: 'Ligne',
  person: 'Personne',
  result: 'Résultat',
  keep: 'Importer',
  keepRow: 'Importer la ligne {{row}} ({{name}})',
  status: {
    ok: 'Prête',
    error: 'Refusée',
    skipped: 'Écartée',
    created: 'Importée',
  },
  column: 'Colonne {{column}} :',
  inOrganization: 'Peut-être déjà suivie ici :',
  inFile: 'Peut-être la même personne que la ligne {{row}} ({{reasons}}).',
  candidate: '{{name}}, né·e le {{birthDate}}',
  doneTitle: 'Import terminé',
  done_one: 'Un dossier ouvert.',
  done_other: '{{count}} dossiers ouverts.',
  openFile: 'Ouvrir le dossier de {{name}}',
  columnsTitle: 'Colonnes',
  columnsHint:
    'Les en-têtes peuvent être en français ou en anglais, en majuscules ou non, avec ou sans accents. Les autres colonnes sont ignorées. Les listes (langues) sont séparées par |.',
  columnName: 'Colonne',
  columnAlso: 'Lue aussi sous',
  columnExample: 'Exemple',
  required: 'obligatoire',
};
