import type { FrontDoorStatus } from './vocabulary.js';

/**
 * Which member organization of the consortium a request is proposed to: the routing rules are data
 * (an ordered list the coordinator edits), read top to bottom; the first rule whose every condition
 * holds and whose target still receives requests wins. When none does, the member with the least
 * load (open requests assigned to it and open enrolments in the program) is proposed, ties broken by
 * organization id so that the same queue always gives the same proposal. Pure: no I/O.
 */

/** What routing reads of a request (nothing else of the person is needed to route). */
export interface RoutableRequest {
  /** The language of the request and the languages the person speaks (ISO 639-1 codes). */
  languages: readonly string[];
  status: FrontDoorStatus | null;
  residenceCountry: string;
  /** The Québec region (district code) of the municipality where they live, when in Québec. */
  residenceRegionCode: string | null;
  withChildren: boolean;
}

/** Each condition left out holds for any request; a condition given holds when the request meets it. */
export interface RoutingConditions {
  languagesAmong?: readonly string[] | undefined;
  statusesAmong?: readonly FrontDoorStatus[] | undefined;
  countriesAmong?: readonly string[] | undefined;
  regionCodesAmong?: readonly string[] | undefined;
  withChildren?: boolean | undefined;
}

export interface RoutingRule {
  id: string;
  label: string;
  conditions: RoutingConditions;
  targetOrganizationId: string;
}

/** A receiving member and its load (open requests assigned + open enrolments in the program). */
export interface MemberLoad {
  organizationId: string;
  load: number;
}

export type ProposalReason =
  | { kind: 'rule'; ruleId: string; label: string; position: number }
  | { kind: 'least_load'; load: number };

export interface Proposal {
  organizationId: string;
  reason: ProposalReason;
}

export function ruleMatches(request: RoutableRequest, conditions: RoutingConditions): boolean {
  const { languagesAmong, statusesAmong, countriesAmong, regionCodesAmong, withChildren } = conditions;
  if (
    languagesAmong &&
    languagesAmong.length > 0 &&
    !request.languages.some((l) => languagesAmong.includes(l))
  )
    return false;
  if (
    statusesAmong &&
    statusesAmong.length > 0 &&
    (!request.status || !statusesAmong.includes(request.status))
  )
    return false;
  if (countriesAmong && countriesAmong.length > 0 && !countriesAmong.includes(request.residenceCountry))
    return false;
  if (
    regionCodesAmong &&
    regionCodesAmong.length > 0 &&
    (!request.residenceRegionCode || !regionCodesAmong.includes(request.residenceRegionCode))
  )
    return false;
  if (withChildren !== undefined && withChildren !== request.withChildren) return false;
  return true;
}

/** The least loaded member; ties go to the smallest organization id. Undefined when there is none. */
export function leastLoaded(loads: readonly MemberLoad[]): MemberLoad | undefined {
  let best: MemberLoad | undefined;
  for (const member of loads)
    if (
      !best ||
      member.load < best.load ||
      (member.load === best.load && member.organizationId < best.organizationId)
    )
      best = member;
  return best;
}

/**
 * The member to propose and why; undefined only when the front door has no receiving member. `loads`
 * lists every receiving member (a rule naming an organization that no longer receives is skipped).
 */
export function proposeOrganization(
  request: RoutableRequest,
  rules: readonly RoutingRule[],
  loads: readonly MemberLoad[],
): Proposal | undefined {
  const receiving = new Set(loads.map((member) => member.organizationId));
  for (const [position, rule] of rules.entries())
    if (receiving.has(rule.targetOrganizationId) && ruleMatches(request, rule.conditions))
      return {
        organizationId: rule.targetOrganizationId,
        reason: { kind: 'rule', ruleId: rule.id, label: rule.label, position: position + 1 },
      };
  const least = leastLoaded(loads);
  return least
    ? { organizationId: least.organizationId, reason: { kind: 'least_load', load: least.load } }
    : undefined;
}
