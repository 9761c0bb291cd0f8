import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { processingRestrictedError } from '../db/processing-restriction.js';
import { AppError, commonErrors } from '../errors.js';
import { defaultLocale, translate } from '../i18n/locale.js';

function validationDetails(
  issues: readonly { path?: PropertyKey[]; instancePath?: string; message: string }[],
) {
  return issues.map((issue) => ({
    path: issue.path
      ? issue.path.map(String).join('.')
      : (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.'),
    message: issue.message,
  }));
}

/** Fastify's `bodyLimit` (app.ts), as people read it. */
const bodyLimitLabel = '1 MiB';

/**
 * The last line behind the contracts and the domains: a value the database refuses as data
 * (SQLSTATE class 22: out of range, NUL in text, bad date) or a unique key no module reported
 * (23505) came from the request, so it is a 4xx. Each case should still be caught earlier, where
 * it can be explained: this answer is generic, and it is logged as a warning to be fixed.
 */
function databaseInputError(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  if (code.startsWith('22')) return commonErrors.invalidData();
  if (code === '23505') return commonErrors.alreadyExists();
  return undefined;
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return commonErrors.validation({}, validationDetails(error.issues));
  const restricted = processingRestrictedError(error);
  if (restricted) return restricted;
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    return commonErrors.validation(
      {},
      fastifyError.validation.map((v) => ({
        path: `${fastifyError.validationContext ?? ''}${v.instancePath.replaceAll('/', '.')}`,
        message: v.message ?? 'invalid',
      })),
    );
  }
  if (fastifyError.statusCode === 429) return commonErrors.rateLimited();
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fastifyError.statusCode === 413) {
    return commonErrors.payloadTooLarge({ limit: bodyLimitLabel });
  }
  if (
    fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
    fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
  ) {
    return commonErrors.validation({}, [{ path: '', message: fastifyError.message }]);
  }
  if (
    fastifyError.statusCode !== undefined &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  )
    return commonErrors.validation({}, [{ path: '', message: fastifyError.message }]);
  return databaseInputError(error) ?? commonErrors.internal();
}

const securityStatuses = new Set([401, 403, 429]);
const refusedInputStatuses = new Set([400, 413]);
/** Refusals that are not a 401/403/429 but still tell of an attack: a file carrying known malware. */
const securityCodes = new Set(['DOCUMENT_INFECTED']);

/**
 * Refusals an investigation needs (ASVS 16.3): an authentication or authorization failure, a CSRF or
 * re-authentication refusal, a throttle, refused input. The code, the route's pattern and who asked:
 * never the URL (its query names people), the body or the values.
 */
function logSecurityEvent(request: FastifyRequest, appError: AppError) {
  const level =
    securityStatuses.has(appError.status) || securityCodes.has(appError.code)
      ? 'warn'
      : refusedInputStatuses.has(appError.status)
        ? 'info'
        : undefined;
  if (!level) return;
  const actor = request.ctx?.actor;
  request.log[level](
    {
      requestId: request.id,
      securityEvent: appError.code,
      status: appError.status,
      method: request.method,
      route: request.routeOptions?.url ?? null,
      actorUserId: actor?.userId ?? null,
      organizationId: actor?.organizationId ?? null,
    },
    level === 'warn' ? 'security event' : 'input refused',
  );
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error);
  if (appError.status >= 500) {
    // Only the error itself: bodies and parameters may hold personal data.
    request.log.error({ err: error, requestId: request.id }, 'unhandled error');
  } else if (
    !(error instanceof AppError) &&
    (appError.code === 'INVALID_DATA' || appError.code === 'ALREADY_EXISTS')
  ) {
    // The SQLSTATE and the constraint only: the database's detail quotes the values.
    const { code, constraint } = error as { code?: string; constraint?: string };
    request.log.warn({ requestId: request.id, sqlState: code, constraint }, 'database refused input');
  }
  logSecurityEvent(request, appError);
  const locale = request.ctx?.locale ?? defaultLocale;
  return reply.status(appError.status).send({
    code: appError.code,
    message: translate(appError.messages, locale, appError.params),
    ...(appError.details === undefined ? {} : { details: appError.details }),
  });
}
