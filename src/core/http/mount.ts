import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody, type RouteContract } from '../../contracts/define.js';
import type { RequestContext } from '../auth/actor.js';

type Parsed<T> = [NonNullable<T>] extends [z.ZodType] ? z.output<NonNullable<T>> : undefined;

export interface RouteInput<C extends RouteContract> {
  params: Parsed<C['params']>;
  query: Parsed<C['query']>;
  body: Parsed<C['body']>;
  ctx: RequestContext;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** What every handler receives: Fastify's validated request, typed by its contract. */
export function routeInputOf<C extends RouteContract>(
  request: FastifyRequest,
  reply: FastifyReply,
): RouteInput<C> {
  return {
    params: request.params as Parsed<C['params']>,
    query: request.query as Parsed<C['query']>,
    body: request.body as Parsed<C['body']>,
    ctx: request.ctx,
    request,
    reply,
  };
}

/**
 * The part of a route's schema every kind of route shares: documentation, params, query, security.
 * A public route says so with an empty `security`, so that no client sends (or asks for) a session.
 */
export function contractSchema(contract: RouteContract) {
  return {
    operationId: contract.operationId,
    summary: contract.summary,
    tags: [...contract.tags],
    ...(contract.params ? { params: contract.params } : {}),
    ...(contract.query ? { querystring: contract.query } : {}),
    security: contract.policy === 'session' ? [{ session: [] }] : [],
  };
}

/** A file's bytes in the OpenAPI document, whether a request body or an answer. */
export const binaryFile = z.any().meta({ type: 'string', format: 'binary', description: "The file's bytes" });

/** The answer of a route that sends the browser on (303 See Other, to its Location header), without a body. */
export function redirectResponse(description: string) {
  return { 303: z.undefined().describe(description) };
}

/** The 2xx answer of a route sending a file: its media types (parameters such as charset dropped). */
export function fileResponse(mediaTypes: readonly string[]) {
  const content = Object.fromEntries(
    [...new Set(mediaTypes.map((type) => type.split(';')[0]?.trim() ?? type))].map((type) => [
      type,
      { schema: binaryFile },
    ]),
  );
  return { description: 'The file, as an attachment', content };
}

/** Registers one contract: Fastify validates with its zod schemas, the handler calls one use case. */
export function mountRoute<C extends RouteContract>(
  app: FastifyInstance,
  contract: C,
  handler: (input: RouteInput<C>) => Promise<z.input<C['response']>>,
  options: { rateLimit?: { max: number; timeWindow: string } } = {},
): void {
  const status = contract.successStatus ?? 200;
  app.withTypeProvider<ZodTypeProvider>().route({
    method: contract.method,
    url: contract.path,
    config: { policy: contract.policy, ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}) },
    schema: {
      ...contractSchema(contract),
      ...(contract.body ? { body: contract.body } : {}),
      response: { [status]: contract.response, '4xx': errorBody, '5xx': errorBody },
    },
    handler: async (request, reply) => {
      const result = await handler(routeInputOf<C>(request, reply));
      reply.status(status);
      return status === 204 ? reply.send() : result;
    },
  });
}

/** A route answering a file (PDF, CSV) instead of JSON: the use case returns its bytes and its name. */
export function mountFileRoute<C extends RouteContract>(
  app: FastifyInstance,
  contract: C,
  contentType: string | readonly string[],
  handler: (input: RouteInput<C>) => Promise<{
    filename: string;
    body: Buffer | string /** One of `contentType` when it lists several. */;
    contentType?: string;
  }>,
): void {
  const contentTypes = typeof contentType === 'string' ? [contentType] : [...contentType];
  app.withTypeProvider<ZodTypeProvider>().route({
    method: contract.method,
    url: contract.path,
    config: { policy: contract.policy },
    schema: {
      ...contractSchema(contract),
      response: { 200: fileResponse(contentTypes), '4xx': errorBody, '5xx': errorBody },
    },
    handler: async (request, reply) => {
      const file = await handler(routeInputOf<C>(request, reply));
      const safeName = file.filename.replace(/[^A-Za-z0-9._-]/g, '_');
      return (reply as FastifyReply)
        .header('content-type', file.contentType ?? contentTypes[0])
        .header('content-disposition', `attachment; filename="${safeName}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  });
}
