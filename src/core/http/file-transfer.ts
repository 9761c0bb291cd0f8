import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { errorBody, type RouteContract } from '../../contracts/define.js';
import { binaryFile, contractSchema, fileResponse, type RouteInput, routeInputOf } from './mount.js';

export interface UploadOptions {
  /** Bytes beyond this are not read: the request fails with `tooLarge()` (never a generic 413). */
  maxBytes: number;
  tooLarge: () => Error;
  /** Content types listed in the OpenAPI document; any is read, the use case decides. */
  mediaTypes: readonly string[];
}

export interface UploadInput<C extends RouteContract> extends RouteInput<C> {
  content: Buffer;
  /** What the client said the file is (its Content-Type): a hint only. */
  declaredMediaType: string | null;
}

function readLimited(request: FastifyRequest, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declaredLength = Number(request.headers['content-length'] ?? Number.NaN);
    if (declaredLength > maxBytes) {
      // Not read: the client is told at once, and the connection is closed after the answer.
      request.raw.resume();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    request.raw.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        request.raw.removeAllListeners('data');
        request.raw.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.raw.on('end', () => resolve(Buffer.concat(chunks)));
    request.raw.on('error', reject);
  });
}

/**
 * A route receiving one file as the raw request body (its Content-Type is the file's), with its
 * description in the query string. CSRF and session checks happen before a byte is read.
 */
export function mountUploadRoute<C extends RouteContract>(
  app: FastifyInstance,
  contract: C,
  options: UploadOptions,
  handler: (input: UploadInput<C>) => Promise<z.input<C['response']>>,
): void {
  const status = contract.successStatus ?? 200;
  app.register(async (scope) => {
    // Only this route's scope reads bodies of any type as bytes; JSON parsing stays as it is elsewhere.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', async (request: FastifyRequest) =>
      readLimited(request, options.maxBytes, options.tooLarge),
    );
    scope.withTypeProvider<ZodTypeProvider>().route({
      method: contract.method,
      url: contract.path,
      config: { policy: contract.policy },
      bodyLimit: options.maxBytes + 1,
      schema: {
        ...contractSchema(contract),
        consumes: [...options.mediaTypes],
        body: binaryFile,
        response: { [status]: contract.response, '4xx': errorBody, '5xx': errorBody },
      },
      handler: async (request, reply) => {
        const result = await handler({
          ...routeInputOf<C>(request, reply),
          // The bytes are the content, not a parsed body.
          body: undefined as RouteInput<C>['body'],
          content: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
          declaredMediaType: request.headers['content-type'] ?? null,
        });
        reply.status(status);
        return result;
      },
    });
  });
}

/** `attachment` with an ASCII name for old clients and the exact UTF-8 name (RFC 6266, RFC 8187). */
export function attachmentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFallback.replace(/["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}

/**
 * A route answering a stored file whose type is known only at run time (a person's document). The
 * browser must save it, never render or sniff it here, and nothing on the way may keep a copy.
 */
export function mountDownloadRoute<C extends RouteContract>(
  app: FastifyInstance,
  contract: C,
  /** The media types the file may have, for the OpenAPI document. */
  options: { mediaTypes: readonly string[] },
  handler: (
    input: RouteInput<C>,
  ) => Promise<{ fileName: string; asciiFileName: string; mediaType: string; content: Buffer }>,
): void {
  app.withTypeProvider<ZodTypeProvider>().route({
    method: contract.method,
    url: contract.path,
    config: { policy: contract.policy },
    schema: {
      ...contractSchema(contract),
      response: { 200: fileResponse(options.mediaTypes), '4xx': errorBody, '5xx': errorBody },
    },
    handler: async (request, reply) => {
      const file = await handler(routeInputOf<C>(request, reply));
      const contentType = file.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : file.mediaType;
      return (reply as FastifyReply)
        .header('content-type', contentType)
        .header('content-disposition', attachmentDisposition(file.fileName, file.asciiFileName))
        .header('cache-control', 'no-store, private')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cross-origin-resource-policy', 'same-origin')
        .send(file.content);
    },
  });
}
