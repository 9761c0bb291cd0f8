/** Vocabularies of the person's file, shared with the contracts and the web application. */
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
/** Canadian Language Benchmarks (English) and Niveaux de compétence linguistique canadiens (French): 1 to 12. */
export const benchmarkLevels = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;
export const languageScales = ['cefr', 'clb', 'nclc'] as const;
export const languageSkills = ['overall', 'listening', 'speaking', 'reading', 'writing'] as const;

export function isValidLevel(scale: (typeof languageScales)[number], level: string): boolean {
  return scale === 'cefr'
    ? (cefrLevels as readonly string[]).includes(level)
    : (benchmarkLevels as readonly string[]).includes(level);
}

export const barrierCategories = [
  'language',
  'housing',
  'child_care',
  'mobility',
  'health',
  'digital',
  'administrative',
  'other',
] as const;
/** Health barriers are sensitive: shown only to roles allowed to see sensitive data. */
export const sensitiveBarrierCategories: readonly string[] = ['health'];
export const barrierStatuses = ['identified', 'being_addressed', 'resolved'] as const;

export const recognitionStatuses = [
  'not_started',
  'in_progress',
  'recognized',
  'partially_recognized',
  'refused',
] as const;

export const householdRelations = ['spouse', 'child', 'parent', 'sibling', 'other'] as const;

export const consentPurposes = [
  'program_data_processing',
  'sharing_with_partners',
  'contacting_employers',
  /** Receiving the organization's messages by e-mail (the caseload writes to several people at once). */
  'receiving_messages',
  'funder_reporting',
] as const;
