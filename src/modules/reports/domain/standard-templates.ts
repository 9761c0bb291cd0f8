import type { ReportDefinition } from './template.js';

/**
 * The templates every program can run and copy, one per funder of the programs Passerelle was built
 * with. Data, not code: a coordinator's copy is stored and changed as a row of `report_templates`.
 */
export interface StandardTemplate {
  key: string;
  definition: ReportDefinition;
}

export const standardTemplates: readonly StandardTemplate[] = [
  {
    key: 'ipr_annual',
    definition: {
      name: { fr: 'IPR — rapport annuel', en: 'IPR — annual report' },
      audience: { fr: "L'État et la Région", en: 'The State and the Region' },
      period: { kind: 'calendar_year', startMonth: 1 },
      language: 'fr',
      sections: [
        { indicator: 'new_entries', breakdown: 'member_organization' },
        { indicator: 'people_accompanied', breakdown: 'member_organization' },
        { indicator: 'people_accompanied', breakdown: 'age_band' },
        { indicator: 'people_accompanied', breakdown: 'intake_source' },
        { indicator: 'exits', breakdown: 'member_organization' },
        { indicator: 'positive_exit_rate', breakdown: 'member_organization' },
        { indicator: 'training_hours', breakdown: null },
      ],
    },
  },
  {
    key: 'impulser_steering',
    definition: {
      name: { fr: 'impulseR — comité de pilotage', en: 'impulseR — steering committee' },
      audience: { fr: 'Financeurs publics et fondations', en: 'Public bodies and foundations' },
      period: { kind: 'calendar_year', startMonth: 1 },
      language: 'fr',
      sections: [
        { indicator: 'new_entries', breakdown: null },
        { indicator: 'people_accompanied', breakdown: 'sex' },
        { indicator: 'positive_exit_rate_after_entry', breakdown: null },
        { indicator: 'positive_exit_rate', breakdown: null },
        { indicator: 'exits', breakdown: null },
        { indicator: 'training_hours', breakdown: null },
      ],
    },
  },
  {
    key: 'rcp_semiannual',
    definition: {
      name: {
        fr: 'Refugee Career Pathways — rapport semestriel',
        en: 'Refugee Career Pathways — semi-annual report',
      },
      audience: {
        fr: 'Office fédéral de réinstallation des réfugiés (ORR)',
        en: 'Office of Refugee Resettlement (ORR)',
      },
      period: { kind: 'half_year', startMonth: 1 },
      language: 'en',
      sections: [
        { indicator: 'people_accompanied', breakdown: null },
        { indicator: 'new_entries', breakdown: null },
        { indicator: 'with_signed_plan', breakdown: null },
        { indicator: 'credential_attainment', breakdown: null },
        { indicator: 'training_hours', breakdown: null },
        { indicator: 'employment_rate_q2', breakdown: null },
        { indicator: 'median_quarterly_earnings', breakdown: null },
        { indicator: 'underemployment_rate', breakdown: null },
      ],
    },
  },
  {
    key: 'quebec_households',
    definition: {
      name: { fr: 'Emplois en régions — ménages', en: 'Jobs in the regions — households' },
      audience: { fr: 'Le ministère', en: 'The ministry' },
      period: { kind: 'program_year', startMonth: 4 },
      language: 'fr',
      sections: [
        { indicator: 'new_entries', breakdown: null },
        { indicator: 'people_accompanied', breakdown: 'member_organization' },
        { indicator: 'settled_in_region', breakdown: null },
        { indicator: 'retention_in_region_12', breakdown: null },
        { indicator: 'exits', breakdown: null },
      ],
    },
  },
  {
    key: 'louisville_fund',
    definition: {
      name: { fr: 'Fonds de prêts — rapport aux contributeurs', en: 'Loan fund — contributors report' },
      audience: {
        fr: 'Contributeurs du fonds et conseil de développement de la main-d’œuvre',
        en: "The fund's contributors and the workforce board",
      },
      period: { kind: 'calendar_year', startMonth: 1 },
      language: 'en',
      sections: [
        { indicator: 'fund_loans_disbursed', breakdown: null },
        { indicator: 'fund_amount_disbursed', breakdown: null },
        { indicator: 'fund_borrowers', breakdown: null },
        { indicator: 'fund_repayment_rate', breakdown: null },
        { indicator: 'fund_capital_at_start', breakdown: null },
        { indicator: 'fund_capital_at_end', breakdown: null },
        { indicator: 'fund_growth', breakdown: null },
        { indicator: 'people_accompanied', breakdown: null },
        { indicator: 'credential_attainment', breakdown: null },
      ],
    },
  },
  {
    key: 'stlouis_outcomes',
    definition: {
      name: { fr: 'St. Louis — personnes servies et emploi', en: 'St. Louis — people served and employment' },
      audience: { fr: 'Bailleurs du programme', en: "The program's funders" },
      period: { kind: 'calendar_year', startMonth: 1 },
      language: 'en',
      sections: [
        { indicator: 'people_accompanied', breakdown: 'sex' },
        { indicator: 'with_signed_plan', breakdown: null },
        { indicator: 'employment_rate_q2', breakdown: null },
        { indicator: 'underemployment_rate', breakdown: null },
        { indicator: 'median_days_to_first_job', breakdown: null },
      ],
    },
  },
];
