/** The export buttons of the lists (caseload, a program's enrolments, sessions, placements). */
export const exportsEn = {
  export: 'Export',
  exportAs: 'Export this list: {{format}}',
  csv: 'CSV file',
  xlsx: 'Excel workbook',
  placements: 'Placements',
  placementsAs: 'Export the placements of the people followed: {{format}}',
  enrolments: 'Enrolments',
  enrolmentsAs: 'Export this program’s enrolments: {{format}}',
  sensitiveNote:
    'Sensitive columns are included only for the roles that may read them. Every export is recorded.',
};
