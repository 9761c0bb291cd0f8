import { ApiError } from '../../../api/client.js';
import { fieldErrorsOf } from '../../../api/errors.js';

/**
 * The errors of an exit or follow-up form under their field: the API's validation messages
 * (`evidence.placementId`, `credentialObtained.name`…), and the use cases' refusals that name their
 * field (`{ path }` or `{ field }` in the details), in the server's words.
 */
export function outcomeFieldErrors(error: unknown): Record<string, string> {
  const fields = fieldErrorsOf(error);
  if (!(error instanceof ApiError)) return fields;
  const details = error.details;
  const named = (detail: unknown) => {
    const path =
      (detail as { path?: unknown; field?: unknown } | null)?.path ??
      (detail as { field?: unknown } | null)?.field;
    if (typeof path === 'string' && path) fields[path.replace(/^body\./, '')] ??= error.message;
  };
  if (Array.isArray(details)) for (const detail of details) named(detail);
  else if (details && typeof details === 'object') named(details);
  return fields;
}

/** Whether a field error of `fields` is among those the form shows (then no alert repeats it). */
export function shownUnder(fields: Record<string, string>, shown: readonly string[]): boolean {
  return Object.keys(fields).some((field) => shown.includes(field));
}
