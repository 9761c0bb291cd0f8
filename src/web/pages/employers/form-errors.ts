import { ApiError } from '../../api/client.js';

/**
 * The errors of a form's last submission under the field they are about: the API's validation details,
 * and the directory's own refusals that name their field (an identifier, a sector code, a postal code).
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const fields = error.fieldErrors();
  const field = (error.details as { field?: unknown } | undefined)?.field;
  if (typeof field === 'string') fields[field] = error.message;
  if (error.code === 'EMPLOYER_LEGAL_ID_TAKEN') fields.legalIdentifier = error.message;
  return fields;
}

/** Whether the form's error is shown under one of its fields (then no alert repeats it above). */
export function isFieldError(error: unknown): boolean {
  return error instanceof ApiError && Object.keys(fieldErrorsOf(error)).length > 0;
}

/** The employer that already holds an identifier, when the API refused a duplicate. */
export function existingEmployerOf(error: unknown): { employerId: string; name: string } | null {
  if (!(error instanceof ApiError) || error.code !== 'EMPLOYER_LEGAL_ID_TAKEN') return null;
  const details = error.details as { employerId?: unknown; name?: unknown } | undefined;
  return typeof details?.employerId === 'string' && typeof details.name === 'string'
    ? { employerId: details.employerId, name: details.name }
    : null;
}
