import { z } from 'zod';
import { defineRoute } from './define.js';

export const healthRoute = defineRoute({
  operationId: 'health',
  method: 'GET',
  path: '/api/health',
  policy: 'public',
  summary: 'Liveness and database reachability',
  tags: ['system'],
  response: z.object({ status: z.literal('ok'), engine: z.string() }),
});
