import type { FastifyInstance } from 'fastify';
import { personTimelineRoute } from '../../contracts/timeline.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { listPersonTimeline } from './use-cases/list-person-timeline.js';

const listOf = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export function registerTimelineRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, personTimelineRoute, ({ params, query, ctx }) =>
    listPersonTimeline(deps)(ctx, {
      personId: params.id,
      page: query.page,
      pageSize: query.pageSize,
      modules: listOf(query.module),
      kinds: listOf(query.kind),
      from: query.from,
      to: query.to,
      cursor: query.cursor,
    }),
  );
}
