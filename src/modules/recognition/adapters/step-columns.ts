/**
 * What describes a step, the same in a pathway's version and in a case (which copies its version's
 * steps when it opens): its order, kind, names, evaluator or test, level, typical cost and duration.
 */
export const stepDescriptionColumns = [
  'position',
  'kind',
  'label_fr as labelFr',
  'label_en as labelEn',
  'evaluator',
  'report_type as reportType',
  'language_test as languageTest',
  'level_required as levelRequired',
  'typical_cost_cents as typicalCostCents',
  'currency',
  'typical_duration_days as typicalDurationDays',
] as const;
