/**
 * What the caseload asks the API for, from its URL and who is looking: the page reads it, and so does
 * src/web/boot.ts, which asks for the rows of the bare /caseload as soon as the session is known, before
 * the app's code has run (issue 11, problem 13: the caseload's Largest Contentful Paint). Type imports
 * only: boot.ts must stay small.
 */
/** Roles that may see immigration statuses; for the others the API ignores the filter, so it is not offered. */
export const rolesSeeingStatuses: readonly string[] = [
  'counselor',
  'program_referent',
  'coordinator',
  'director',
];
/** Roles that read plans and follow-up: the others get the list without alerts (as the API answers). */
export const rolesReadingSignals: readonly string[] = [
  'counselor',
  'program_referent',
  'coordinator',
  'director',
];
export const caseloadPageSize = 25;
/** The morning view: who needs the counselor first. */
export const defaultSort = (role: string) => (rolesReadingSignals.includes(role) ? 'urgency' : 'name');
/** A counselor starts from her own people; the others from the whole organization ('all'). */
export const defaultReferent = (role: string) => (role === 'counselor' ? 'me' : 'all');

/** The route the caseload reads (listPeopleRoute; caseload-query.test.ts checks they agree). */
export const caseloadPath = '/api/people';

export interface CaseloadFilters {
  q?: string;
  programId?: string;
  status?: string;
  referent?: string;
  immigrationStatus?: string;
  alerts?: string;
  sort?: string;
  page: number;
  pageSize: number;
}

/** The caseload's URL search, as its route validates it (caseload-search.ts). */
export interface CaseloadSearch {
  q?: string;
  programId?: string;
  status?: string;
  referent?: string;
  immigrationStatus?: string;
  alerts?: string;
  sort?: string;
  page?: number;
}

export function caseloadFilters(role: string, search: CaseloadSearch): CaseloadFilters {
  const referent = search.referent ?? defaultReferent(role);
  return {
    immigrationStatus: rolesSeeingStatuses.includes(role) ? search.immigrationStatus : undefined,
    q: search.q,
    programId: search.programId,
    status: search.status,
    referent: referent === 'all' ? undefined : referent,
    alerts: search.alerts,
    sort: search.sort ?? defaultSort(role),
    page: search.page ?? 1,
    pageSize: caseloadPageSize,
  };
}

/** The query string of one page of the caseload (listPeopleRoute's query), in the order the client sends it. */
export function caseloadRequest(filters: CaseloadFilters) {
  return {
    q: filters.q || undefined,
    programId: filters.programId || undefined,
    enrolmentStatus: filters.status || undefined,
    referent: filters.referent || undefined,
    immigrationStatus: filters.immigrationStatus || undefined,
    alerts: filters.alerts || undefined,
    sort: filters.sort || undefined,
    page: filters.page,
    pageSize: filters.pageSize,
  };
}
