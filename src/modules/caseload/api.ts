/** What other modules may ask of the caseload. */
export { type CaseloadExportFilters, type CaseloadExportRow, caseloadForExport } from './caseload-export.js';
