import { z } from 'zod';

/**
 * Zod probes whether it may compile parsers with `new Function`; under the app's Content Security
 * Policy (no 'unsafe-eval') the probe is reported as a violation even though zod catches it. Imported
 * first by main.tsx, before any schema is built.
 */
z.config({ jitless: true });
