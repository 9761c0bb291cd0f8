import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/client.js';
import { fieldErrorsOf } from '../../../api/errors.js';

/**
 * The errors of an exit or follow-up form under their field: the API's validation messages
 * (`evidence.placementId`, `credentialObtained.name`…), and the use cases' refusals that name their
 * field and a code (`{ path, code }`: an exit before the entry, a contract ending before it starts, a
 * region missing…), worded here in the reader's language, else in the server's words.
 */
export function outcomeFieldErrors(error: unknown, t: TFunction): Record<string, string> {
  const fields = fieldErrorsOf(error);
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return fields;
  for (const detail of error.details as { path?: unknown; code?: unknown }[]) {
    if (typeof detail?.path !== 'string') continue;
    const field = detail.path.replace(/^body\./, '');
    if (field)
      fields[field] ??=
        typeof detail.code === 'string'
          ? t(`outcomes.refusal.${detail.code}`, { defaultValue: error.message })
          : error.message;
  }
  return fields;
}

/** Whether a field error of `fields` is among those the form shows (then no alert repeats it). */
export function shownUnder(fields: Record<string, string>, shown: readonly string[]): boolean {
  return Object.keys(fields).some((field) => shown.includes(field));
}
