import { ApiError } from './client.js';

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Field errors an API validation answer holds, to put under each input. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldErrors() : {};
}

/** A route another engineer has not mounted yet answers ROUTE_NOT_FOUND. */
export function isMissingRoute(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'ROUTE_NOT_FOUND';
}
