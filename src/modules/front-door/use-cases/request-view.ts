import type { z } from 'zod';
import type { frontDoorRequestSummary, frontDoorRequestView } from '../../../contracts/front-door.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { KeyRing } from '../../../core/crypto/key-ring.js';
import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import type { RequestRecord } from '../adapters/front-door-repository.js';
import { openRequestStatus } from '../adapters/sealed-status.js';
import type { ProposalReason } from '../domain/routing.js';
import type { FrontDoorLanguage } from '../domain/vocabulary.js';
import { coordinatesQueue, mayReadStatus, worksOnRequest } from './request-access.js';

type Summary = z.infer<typeof frontDoorRequestSummary>;
type View = z.infer<typeof frontDoorRequestView>;

/** Organization names for the views, in one read. */
export async function organizationNamer(db: Executor, rows: readonly RequestRecord[]) {
  const ids = [
    ...new Set(
      rows
        .flatMap((r) => [r.proposedOrganizationId, r.assignedOrganizationId])
        .filter((id): id is string => !!id),
    ),
  ];
  const organizations = ids.length > 0 ? await organizationsApi(db).listOrganizations(ids) : [];
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  return (id: string | null) => (id === null ? null : { id, name: names.get(id) ?? '' });
}

export function summaryOf(
  r: RequestRecord,
  nameOf: (id: string | null) => { id: string; name: string } | null,
): Summary {
  return {
    id: r.id,
    programId: r.programId,
    receivedAt: r.receivedAt.toISOString(),
    lastReceivedAt: r.lastReceivedAt.toISOString(),
    repeatCount: r.repeatCount,
    language: r.language as FrontDoorLanguage,
    givenName: r.givenName,
    familyName: r.familyName,
    householdSize: r.householdSize,
    withChildren: r.withChildren,
    residenceCountry: r.residenceCountry,
    residenceCity: r.residenceCity,
    regionsSought: r.regionsSought,
    anyRegion: r.anyRegion,
    state: r.state as Summary['state'],
    proposedOrganization: nameOf(r.proposedOrganizationId),
    proposalReason: (r.proposalReason as ProposalReason | null) ?? null,
    assignedOrganization: nameOf(r.assignedOrganizationId),
    personId: r.personId,
    closeReason: r.closeReason as Summary['closeReason'],
  };
}

export function viewOf(
  actor: Actor,
  keyRing: KeyRing | undefined,
  r: RequestRecord,
  nameOf: (id: string | null) => { id: string; name: string } | null,
): View {
  const statusShown = mayReadStatus(actor, r);
  const open = r.state === 'new' || r.state === 'assigned';
  return {
    ...summaryOf(r, nameOf),
    birthYear: r.birthYear,
    email: r.email,
    phone: r.phone,
    residenceRegionCode: r.residenceRegionCode,
    status:
      statusShown && keyRing && r.sealedStatus ? openRequestStatus(keyRing, r.id, r.sealedStatus) : null,
    statusShown,
    languages: r.languages as View['languages'],
    occupation: r.occupation,
    occupationCode: r.occupationCode,
    communityKinds: r.communityKinds as View['communityKinds'],
    communityNeeds: r.communityNeeds as View['communityNeeds'],
    household: (r.household ?? []) as View['household'],
    message: r.message,
    consentTextVersion: r.consentTextVersion,
    consentGivenAt: r.consentGivenAt.toISOString(),
    assignmentNote: r.assignmentNote,
    assignedAt: r.assignedAt?.toISOString() ?? null,
    closeNote: r.closeNote,
    anonymized: r.anonymizedAt !== null,
    canAssign: open && coordinatesQueue(actor, r.consortiumId),
    canWork: r.state === 'assigned' && worksOnRequest(actor, r),
  };
}
