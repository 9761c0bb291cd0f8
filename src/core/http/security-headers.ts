import type { FastifyInstance } from 'fastify';

/**
 * The web app's Content Security Policy. Scripts come from our own origin only (the built Vite bundle
 * has no inline script). Styles also allow inline: Mantine writes its CSS variables in `<style>` tags
 * and many components set `style` attributes, which no nonce can cover; style injection cannot run code.
 */
export const appContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The API documentation (swagger-ui under /api/docs): its own scripts from our origin, inline styles and
 * `data:` images for its icons. The validator badge it would fetch from swagger.io is not allowed.
 */
export const docsContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const everywhere: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'permissions-policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Two years, subdomains included: only where the site is served over HTTPS, that is in production. */
const strictTransportSecurity = 'max-age=63072000; includeSubDomains';

/**
 * Security headers on every answer: pages, API responses, errors and the not-found fallback (ASVS V3.4).
 * `production` defaults to NODE_ENV, the variable the configuration reads too.
 */
export function registerSecurityHeaders(app: FastifyInstance, options: { production?: boolean } = {}): void {
  const production = options.production ?? process.env.NODE_ENV === 'production';
  app.addHook('onSend', async (request, reply, payload) => {
    const path = request.url.split('?')[0] ?? '';
    const docs = path === '/api/docs' || path.startsWith('/api/docs/');
    // A route may have set a stricter header of its own (a download is sandboxed): it is kept.
    const headers: Record<string, string> = {
      'content-security-policy': docs ? docsContentSecurityPolicy : appContentSecurityPolicy,
      ...everywhere,
    };
    for (const [name, value] of Object.entries(headers))
      if (!reply.hasHeader(name)) reply.header(name, value);
    if (production) reply.header('strict-transport-security', strictTransportSecurity);
    // API answers hold people's data: no browser or intermediary keeps a copy (ASVS 14.2.2, 14.3.2).
    if (path.startsWith('/api/') && !docs && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    return payload;
  });
}
