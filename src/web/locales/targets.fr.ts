import type { targetsEn } from './targets.en.js';

/** Objectifs et réalisé : trajectoire mois par mois, projection et statut de chaque objectif (page du programme). */
export const targetsFr: typeof targetsEn = {
  status: {
    achieved: 'Atteint',
    on_track: 'En bonne voie',
    behind: 'En retard',
    not_started: 'Pas commencé',
  },
  statusColumn: 'Statut',
  expectedColumn: 'Attendu à ce jour',
  projectionColumn: 'Projection à la fin',
  actualOfTarget: '{{actual}} sur {{target}} {{unit}}',
  expectedToDate: 'Attendu à ce jour : {{count}}',
  projection: 'Projection au rythme actuel : {{count}} au {{date}}',
  projectionEnded: 'Période terminée le {{date}}',
  noProjection: 'Pas de projection avant le début de la période, le {{date}}',
  trajectoryOf: 'Trajectoire : {{scope}}',
  month: 'Mois',
  actualCumulative: 'Réalisé (cumulé)',
  expectedCumulative: 'Attendu (ligne droite)',
  target: 'Objectif',
  notYet: 'pas encore',
  showAsTable: 'Afficher la trajectoire en tableau',
  seriesCaption: 'Mois par mois, {{scope}}',
  rule: 'Attendu : l’objectif réparti également sur les jours de la période. Projection : le réalisé à ce jour divisé par les jours écoulés, multiplié par les jours de la période. En bonne voie : au moins {{tolerance}} de l’attendu à ce jour.',
};
