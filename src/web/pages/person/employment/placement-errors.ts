import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/client.js';
import { fieldErrorsOf } from '../../employers/form-errors.js';

/**
 * The errors of a placement form under their field: the API's validation messages, and the contract
 * rules' refusals (`{ path, code }`: a planned end missing, a renewal past the legal length…) worded
 * here in the reader's language.
 */
export function placementFieldErrors(error: unknown, t: TFunction): Record<string, string> {
  const fields = fieldErrorsOf(error);
  if (error instanceof ApiError && Array.isArray(error.details))
    for (const detail of error.details as { path?: unknown; code?: unknown }[]) {
      if (typeof detail?.path !== 'string' || typeof detail.code !== 'string') continue;
      const field = detail.path.replace(/^body\./, '');
      fields[field] ??= t(`placements.refusal.${detail.code}`, { defaultValue: error.message });
    }
  return fields;
}
