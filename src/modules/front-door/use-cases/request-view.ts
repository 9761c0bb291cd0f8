import type { z } from 'zod';
import type { frontDoorRequestSummary, frontDoorRequestView } from '../../../contracts/front-door.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { KeyRing } from '../../../core/crypto/key-ring.js';
import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { occupationTitles } from '../../reference/api.js';
import type { RequestRecord } from '../adapters/front-door-repository.js';
import { openRequestStatus } from '../adapters/sealed-status.js';
import type { ProposalReason } from '../domain/routing.js';
import type { FrontDoorLanguage } from '../domain/vocabulary.js';
import { coordinatesQueue, mayReadStatus, worksOnRequest } from './request-access.js';

type Summary = z.infer<typeof frontDoorRequestSummary>;
type View = z.infer<typeof frontDoorRequestView>;

/** How the views name what a request refers to by id: organizations, and the occupation picked (ESCO). */
export interface RequestNames {
  organization: (id: string | null) => { id: string; name: string } | null;
  occupation: (code: string | null) => string | null;
}

/** The names the views need for these requests, in one read each; occupations in the reader's language. */
export async function requestNames(
  db: Executor,
  rows: readonly RequestRecord[],
  locale: string,
): Promise<RequestNames> {
  const ids = [
    ...new Set(
      rows
        .flatMap((r) => [r.proposedOrganizationId, r.assignedOrganizationId])
        .filter((id): id is string => !!id),
    ),
  ];
  const organizations = ids.length > 0 ? await organizationsApi(db).listOrganizations(ids) : [];
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  const codes = [...new Set(rows.map((r) => r.occupationCode).filter((code): code is string => !!code))];
  const titles = await occupationTitles(
    db,
    codes.map((code) => ({ scheme: 'esco' as const, code })),
    locale,
  );
  const occupations = new Map(titles.map((title) => [title.code, title.title]));
  return {
    organization: (id) => (id === null ? null : { id, name: names.get(id) ?? '' }),
    occupation: (code) => (code === null ? null : (occupations.get(code) ?? null)),
  };
}

export function summaryOf(r: RequestRecord, names: RequestNames): Summary {
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
    proposedOrganization: names.organization(r.proposedOrganizationId),
    proposalReason: (r.proposalReason as ProposalReason | null) ?? null,
    assignedOrganization: names.organization(r.assignedOrganizationId),
    personId: r.personId,
    closeReason: r.closeReason as Summary['closeReason'],
    occupation: r.occupation,
    occupationCode: r.occupationCode,
    occupationLabel: names.occupation(r.occupationCode),
  };
}

export function viewOf(
  actor: Actor,
  keyRing: KeyRing | undefined,
  r: RequestRecord,
  names: RequestNames,
): View {
  const statusShown = mayReadStatus(actor, r);
  const open = r.state === 'new' || r.state === 'assigned';
  return {
    ...summaryOf(r, names),
    birthYear: r.birthYear,
    email: r.email,
    phone: r.phone,
    residenceRegionCode: r.residenceRegionCode,
    status:
      statusShown && keyRing && r.sealedStatus ? openRequestStatus(keyRing, r.id, r.sealedStatus) : null,
    statusShown,
    languages: r.languages as View['languages'],
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
