import type { FastifyStaticOptions } from '@fastify/static';

/** Hashed file names (`assets/CaseloadPage-Cwvaldsp.js`) never change content: cached for a year. */
export const immutableCaching = 'public, max-age=31536000, immutable';
/** Everything else (index.html, which names the current hashes) is revalidated on every load. */
export const revalidateCaching = 'no-cache';

/**
 * How the built web app is served: the Brotli or gzip copy the build wrote beside each file when the
 * browser accepts it (no compression work per request), hashed assets cached for good and index.html
 * revalidated, and never a source map, even one left in the folder by an older build.
 */
export function webAssetOptions(root: string): FastifyStaticOptions {
  return {
    root,
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    allowedPath: (pathname) => !pathname.endsWith('.map'),
    setHeaders: (reply, path) => {
      const hashed = /[\\/]assets[\\/]/.test(path);
      reply.header('cache-control', hashed ? immutableCaching : revalidateCaching);
    },
  };
}
