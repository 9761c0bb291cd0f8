import type { loanPurposes } from '../../../contracts/loan-fund.js';

type Purpose = (typeof loanPurposes)[number];

const labels: Record<Purpose, { en: string; fr: string }> = {
  exam_fee: { en: 'Exam fee', fr: "Frais d'examen" },
  course: { en: 'Course or review course', fr: 'Formation ou cours de préparation' },
  translation: { en: 'Certified translation', fr: 'Traduction certifiée' },
  credential_evaluation: { en: 'Credential evaluation', fr: 'Évaluation des diplômes' },
  licensing_fee: { en: 'Licensing fee', fr: "Frais d'autorisation d'exercer" },
  tools_equipment: { en: 'Tools and equipment', fr: 'Outils et équipement' },
  rent: { en: 'Rent help', fr: 'Aide au loyer' },
  child_care: { en: 'Child care', fr: "Garde d'enfants" },
  transport: { en: 'Transport', fr: 'Transport' },
  other: { en: 'Other', fr: 'Autre' },
};

/** Purposes as printed on the agreement (the web app has its own catalogue for screens). */
export function purposeLabel(purpose: string, locale: 'fr' | 'en'): string {
  return labels[purpose as Purpose]?.[locale] ?? purpose;
}
