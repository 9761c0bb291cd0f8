import { z } from 'zod';
import { calendarDate, calendarDateTime } from './primitives.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * How a route is reached. `public`: no session (login, health, public verification pages).
 * `session`: a logged-in staff member with an active organization. Role, organization and consent
 * checks then happen in the use case, before any data leaves.
 */
export type RoutePolicy = 'public' | 'session';

export interface RouteContract<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  /**
   * The operation's name in the OpenAPI document and in clients generated from it: unique, stable,
   * camelCase, by convention the contract's export name without `Route` (`getPersonRoute` → `getPerson`).
   */
  operationId: string;
  method: HttpMethod;
  path: string;
  policy: RoutePolicy;
  summary: string;
  tags: readonly string[];
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** 200 unless the route creates something (201), accepts work done later (202) or returns nothing (204). */
  successStatus?: 200 | 201 | 202 | 204;
}

export function defineRoute<
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  B extends z.ZodType = z.ZodUndefined,
  R extends z.ZodType = z.ZodType,
>(contract: RouteContract<P, Q, B, R>): RouteContract<P, Q, B, R> {
  return contract;
}

export const errorBody = z
  .object({
    code: z.string().describe('Stable machine-readable code, e.g. PERSON_NOT_FOUND'),
    message: z.string().describe("Human-readable message in the caller's language"),
    details: z.unknown().optional(),
  })
  .meta({ id: 'Error' });

export const idParam = z.object({ id: z.uuid() });

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

/** Lists are always paged; short lists (staff, programs) fetch their organization's rows and cut the page. */
export function pageOf<T>(rows: readonly T[], page: number, pageSize: number) {
  return { items: rows.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: rows.length };
}

export function paged<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}

/** Any calendar date or instant, between 1900 and 2100; contracts use the narrower ones of primitives.ts. */
export const isoDate = calendarDate();
export const isoDateTime = calendarDateTime();

export type Input<C extends RouteContract, K extends 'params' | 'query' | 'body'> = C[K] extends z.ZodType
  ? z.input<C[K]>
  : never;
export type Output<C extends RouteContract> = z.output<C['response']>;
