import type { exportsEn } from './exports.en.js';

/** Les boutons d’export des listes (portefeuille, inscriptions d’un programme, sessions, embauches). */
export const exportsFr: typeof exportsEn = {
  export: 'Exporter',
  exportAs: 'Exporter cette liste : {{format}}',
  csv: 'Fichier CSV',
  xlsx: 'Classeur Excel',
  placements: 'Embauches',
  placementsAs: 'Exporter les embauches des personnes suivies : {{format}}',
  enrolments: 'Inscriptions',
  enrolmentsAs: 'Exporter les inscriptions de ce programme : {{format}}',
  sensitiveNote:
    'Les colonnes sensibles ne sont incluses que pour les rôles autorisés à les lire. Chaque export est tracé.',
};
