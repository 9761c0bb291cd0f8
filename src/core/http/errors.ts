import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
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

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return commonErrors.validation({}, validationDetails(error.issues));
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
  if (
    fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
    fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
  ) {
    return commonErrors.validation({}, [{ path: '', message: fastifyError.message }]);
  }
  if (fastifyError.statusCode === 400)
    return commonErrors.validation({}, [{ path: '', message: fastifyError.message }]);
  return commonErrors.internal();
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error);
  if (appError.status >= 500) {
    // Only the error itself: bodies and parameters may hold personal data.
    request.log.error({ err: error, requestId: request.id }, 'unhandled error');
  }
  const locale = request.ctx?.locale ?? defaultLocale;
  return reply.status(appError.status).send({
    code: appError.code,
    message: translate(appError.messages, locale, appError.params),
    ...(appError.details === undefined ? {} : { details: appError.details }),
  });
}
