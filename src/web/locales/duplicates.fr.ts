import type { duplicatesEn } from './duplicates.en.js';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Doublons possibles d'un dossier, les décisions prises, et la liste à examiner (issue 16). */
export const duplicatesFr: Shape<typeof duplicatesEn> = {
  title: 'Doublons possibles',
  intro_one: 'Un autre dossier de votre structure est peut-être la même personne. Comparez-les et décidez.',
  intro_other:
    '{{count}} autres dossiers de votre structure sont peut-être la même personne. Comparez-les et décidez.',
  comparison: 'Ce dossier et celui de {{name}}, côte à côte',
  field: 'Champ',
  thisFile: 'Ce dossier',
  otherFile: 'Autre dossier',
  name: 'Nom',
  originalName: "Nom dans l'écriture d'origine",
  birthDate: 'Date de naissance',
  city: 'Ville',
  for: 'Ressemblances : {{reasons}}',
  against: 'Différences : {{reasons}}',
  reason: {
    same_email: 'même e-mail',
    same_phone: 'même téléphone',
    name_equal: 'même nom',
    name_equal_across_scripts: 'même nom dans une autre écriture',
    name_variant: 'autre graphie du même nom',
    name_similar: 'nom proche',
    names_swapped: 'prénom et nom inversés',
    birth_date_equal: 'même date de naissance',
    birth_date_day_month_swapped: 'date de naissance avec jour et mois inversés',
    birth_date_year_off_by_one: "année de naissance à un an d'écart",
    birth_date_one_digit_off: "date de naissance à un chiffre d'écart",
    birth_date_differs: 'dates de naissance différentes',
    name_differs: 'un nom diffère',
    sex_differs: 'sexe différent',
  },
  openOther: 'Ouvrir le dossier de {{name}}',
  same: 'Même personne',
  sameLabel: 'Même personne que {{name}} : fusionner les dossiers',
  different: 'Personnes différentes',
  differentLabel: "Personnes différentes : {{name}} est quelqu'un d'autre",
  merged:
    'Le dossier de {{name}} est fusionné dans celui-ci : il n’apparaît plus dans les listes, ses éléments restent lisibles depuis ce dossier. La fusion peut être annulée.',
  mergedInto:
    'Ce dossier est fusionné dans celui de {{name}} (depuis le {{date}}) : il garde ses éléments, toujours lisibles ici, et n’apparaît plus dans les listes.',
  openKept: 'Ouvrir le dossier conservé : {{name}}',
  mergedHere_one: 'Un dossier est fusionné dans celui-ci ; ses éléments y restent :',
  mergedHere_other: '{{count}} dossiers sont fusionnés dans celui-ci ; leurs éléments y restent :',
  openMerged: 'Éléments du dossier fusionné de {{name}}',
  mergedOn: 'fusionné le {{date}}',
  undo: 'Annuler la fusion',
  undoLabel: 'Annuler la fusion du dossier de {{name}}',
  undone: 'La fusion est annulée : les deux dossiers sont comme avant.',
  decidedDifferent: 'Noté : ces dossiers sont des personnes différentes. Ils ne seront plus proposés.',
  elsewhere: 'Une correspondance possible est suivie par une autre structure membre.',
  elsewhereHelp:
    "Rien de plus n'est partagé. Demandez à la personne si elle est suivie ailleurs : si oui, liez les dossiers pour que les chiffres la comptent une fois. Chaque structure garde son dossier.",
  elsewhereNoDecision: 'Décider demande les clés de chiffrement du serveur, qui ne sont pas configurées.',
  link: 'Même personne — lier les dossiers',
  notLinked: 'Différente',
  linked:
    'Les dossiers sont liés : chaque organisation garde son dossier, les chiffres comptent la personne une fois.',
  intakeHint:
    "Une fois le dossier ouvert, sa page permet de le lier à ce dossier ou d'indiquer qu'il s'agit de quelqu'un d'autre.",
};
