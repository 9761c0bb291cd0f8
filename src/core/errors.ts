import type { Translated } from './i18n/locale.js';

export type ErrorKind =
  | 'bad_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_many_requests'
  | 'payload_too_large'
  | 'unprocessable'
  | 'unavailable'
  | 'internal';

const statusOf: Record<ErrorKind, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  unavailable: 503,
  payload_too_large: 413,
  too_many_requests: 429,
  internal: 500,
};

/**
 * Every error a person can see: a stable code (clients branch on it), an HTTP status, a message in
 * each staff language with `{placeholders}` filled from `params`, and machine-readable details.
 */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    readonly messages: Translated,
    readonly params: Record<string, string | number> = {},
    readonly details: unknown = undefined,
  ) {
    super(`${code}: ${messages.en}`);
    this.status = statusOf[kind];
  }
}

/** Declares a module's error factories in one place, e.g. `peopleErrors.notFound()`. */
export function defineError<P extends Record<string, string | number> = Record<string, never>>(
  code: string,
  kind: ErrorKind,
  messages: Translated,
) {
  return (params?: P, details?: unknown) => new AppError(code, kind, messages, params ?? {}, details);
}

export const commonErrors = {
  validation: defineError('VALIDATION_FAILED', 'bad_request', {
    en: 'Some fields are missing or invalid. Correct them and try again.',
    fr: 'Certains champs sont manquants ou invalides. Corrigez-les puis réessayez.',
    ar: 'بعض الحقول ناقصة أو غير صالحة. صحّحها ثم أعد المحاولة.',
  }),
  unauthenticated: defineError('UNAUTHENTICATED', 'unauthenticated', {
    en: 'Your session has ended. Please log in again.',
    fr: 'Votre session a pris fin. Veuillez vous reconnecter.',
    ar: 'انتهت جلستك. يرجى تسجيل الدخول مرة أخرى.',
  }),
  forbidden: defineError('FORBIDDEN', 'forbidden', {
    en: 'Your role does not allow this action. Ask an administrator of your organization if you need it.',
    fr: 'Votre rôle ne permet pas cette action. Demandez à un administrateur de votre structure si vous en avez besoin.',
  }),
  notFound: defineError<{ resource: string }>('NOT_FOUND', 'not_found', {
    en: 'This {resource} does not exist or is not shared with your organization.',
    fr: "Cet élément ({resource}) n'existe pas ou n'est pas partagé avec votre structure.",
  }),
  csrf: defineError('CSRF_TOKEN_INVALID', 'forbidden', {
    en: 'This page is out of date. Reload it and try again.',
    fr: "Cette page n'est plus à jour. Rechargez-la puis réessayez.",
  }),
  rateLimited: defineError('TOO_MANY_REQUESTS', 'too_many_requests', {
    en: 'Too many attempts. Wait a moment and try again.',
    fr: 'Trop de tentatives. Patientez un instant puis réessayez.',
  }),
  sessionQuotaExceeded: defineError<{ retryAfterSeconds: number }>(
    'SESSION_REQUEST_QUOTA_EXCEEDED',
    'too_many_requests',
    {
      en: 'Too many requests from this session in a minute. Wait {retryAfterSeconds} seconds and try again.',
      fr: 'Trop de requêtes de cette session en une minute. Patientez {retryAfterSeconds} secondes puis réessayez.',
    },
  ),
  routeNotFound: defineError('ROUTE_NOT_FOUND', 'not_found', {
    en: 'This address does not exist.',
    fr: "Cette adresse n'existe pas.",
  }),
  payloadTooLarge: defineError<{ limit: string }>('PAYLOAD_TOO_LARGE', 'payload_too_large', {
    en: 'The request is too large (at most {limit}). Shorten the text or send fewer items at once.',
    fr: 'La demande est trop volumineuse ({limit} au plus). Raccourcissez le texte ou envoyez moins d’éléments à la fois.',
    ar: 'الطلب كبير جدًا (الحد الأقصى {limit}). اختصر النص أو أرسل عناصر أقل في المرة الواحدة.',
  }),
  /** A value the database refused as data (out of range, not storable): a last line behind the contracts. */
  invalidData: defineError('INVALID_DATA', 'bad_request', {
    en: 'A value is out of range or cannot be stored. Check the dates, numbers and text, then try again. Nothing was saved.',
    fr: 'Une valeur est hors limites ou ne peut pas être enregistrée. Vérifiez les dates, nombres et textes, puis réessayez. Rien n’a été enregistré.',
  }),
  /** A record that already exists (a unique key) that no module reported more precisely. */
  alreadyExists: defineError('ALREADY_EXISTS', 'conflict', {
    en: 'This already exists (same name or code). Choose another one. Nothing was saved.',
    fr: 'Cet élément existe déjà (même nom ou code). Choisissez-en un autre. Rien n’a été enregistré.',
  }),
  internal: defineError('INTERNAL_ERROR', 'internal', {
    en: 'Something went wrong on our side. Nothing was saved. Try again, and tell your administrator if it persists.',
    fr: "Une erreur s'est produite de notre côté. Rien n'a été enregistré. Réessayez et prévenez votre administrateur si cela continue.",
  }),
};
