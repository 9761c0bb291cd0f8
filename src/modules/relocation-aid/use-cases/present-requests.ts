import type { AidRequestView } from '../../../contracts/relocation-aid.js';
import type { AuditWriter } from '../../../core/audit/audit-log.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { personSummary } from '../../people/api.js';
import { programNames } from '../../programs/api.js';
import { type AidRequestRow, aidRepository } from '../adapters/aid-repository.js';
import { ruleInForce } from '../domain/aid-rules.js';
import { assessRequest } from '../domain/assessment.js';
import { checkCancellation, checkPayment, paidCentsOf, remainderOf } from '../domain/payments.js';
import { yearOf } from './aid-access.js';
import { approvalStateOf } from './approval-state.js';
import type { RequestSides } from './request-access.js';

/**
 * The assessment of a request under the rules in force on the day it was filed, against what the
 * household was granted before (other requests): what a decision may approve at most, line by line.
 */
export async function assessmentOf(db: Executor, request: AidRequestRow, decisionDay: string) {
  const repo = aidRepository(db);
  const versions = await repo.ruleVersions(request.ownerOrganizationId, request.programId);
  const version = ruleInForce(versions, request.filedOn);
  if (!version) return undefined;
  const lines = await repo.linesOfRequest(request.organizationId, request.id);
  const history = await repo.householdHistory(
    request.organizationId,
    request.programId,
    request.householdKey,
    request.id,
    version.rules.householdCeilingPeriod === 'program_year' ? yearOf(decisionDay) : null,
  );
  const assessment = assessRequest(
    version.rules,
    request.purpose,
    lines.map((l) => ({
      kind: l.kind,
      amountCents: l.amountCents,
      hasReceipt: l.receiptDocumentId !== null,
    })),
    history,
  );
  return { version, lines, assessment };
}

/**
 * Requests as the reader's side sees them. The filer sees its own file's names; the deciding owner
 * sees only the name and the household's size (never the status), and that read is audited.
 */
export async function presentRequests(
  db: Executor,
  actor: Actor,
  audit: AuditWriter,
  requestId: string | undefined,
  items: readonly { request: AidRequestRow; sides: RequestSides }[],
  today: string,
): Promise<AidRequestView[]> {
  const repo = aidRepository(db);
  const programs = new Map<string, { nameFr: string; nameEn: string }>();
  for (const programId of new Set(items.map((i) => i.request.programId))) {
    const names = await programNames(db, programId);
    if (names) programs.set(programId, names);
  }
  const organizations = organizationsApi(db);
  const orgNames = new Map<string, string>();
  const views: AidRequestView[] = [];
  for (const { request, sides } of items) {
    const person = await personSummary(db, request.personId, request.organizationId);
    if (!orgNames.has(request.organizationId))
      orgNames.set(
        request.organizationId,
        (await organizations.findOrganization(request.organizationId))?.name ?? '',
      );
    let lines = await repo.linesOfRequest(request.organizationId, request.id);
    let allowedCents = lines.reduce((s, l) => s + (l.assessedCents ?? 0), 0);
    let ruleVersion: number | null = null;
    if (request.status === 'submitted') {
      const preview = await assessmentOf(db, request, today);
      if (preview) {
        ruleVersion = preview.version.version;
        allowedCents = preview.assessment.allowedCents;
        lines = lines.map((l, i) => ({
          ...l,
          assessedCents: preview.assessment.lines[i]?.allowedCents ?? null,
          reasons: preview.assessment.lines[i]?.reasons ?? null,
        }));
      }
    } else if (request.ruleVersionId) {
      ruleVersion =
        (await repo.ruleVersion(request.ownerOrganizationId, request.ruleVersionId))?.version ?? null;
    }
    const payments = await repo.paymentsOf(request.ownerOrganizationId, request.id);
    const cancellation =
      request.status === 'cancelled'
        ? await repo.cancellationOf(request.ownerOrganizationId, request.id)
        : undefined;
    const state = approvalStateOf(request, payments);
    const actions: AidRequestView['actions'] = [];
    if (sides.member && request.status === 'submitted') actions.push('withdraw');
    if (sides.owner && request.status === 'submitted') actions.push('decide');
    if (sides.owner && checkPayment(state).ok) actions.push('pay');
    if (sides.owner && payments.some((p) => p.reversedOn === null) && request.status !== 'cancelled')
      actions.push('reverse');
    if (sides.owner && checkCancellation(state).ok) actions.push('cancel');
    const program = programs.get(request.programId);
    views.push({
      id: request.id,
      personId: request.personId,
      person: person ? { givenName: person.givenName, familyName: person.familyName } : null,
      householdSize: request.householdSize,
      dependantsCount: request.dependantsCount,
      travellerCount: request.travellerPersonIds.length,
      program: { id: request.programId, nameFr: program?.nameFr ?? '', nameEn: program?.nameEn ?? '' },
      organization: { id: request.organizationId, name: orgNames.get(request.organizationId) ?? '' },
      purpose: request.purpose,
      stayId: request.stayId,
      regionCountry: request.regionCountry.trim(),
      regionCode: request.regionCode,
      note: sides.member ? request.note : null,
      status: request.status,
      filedOn: request.filedOn,
      askedCents: lines.reduce((s, l) => s + l.amountCents, 0),
      assessment: { ruleVersion, allowedCents },
      lines,
      decidedOn: request.decidedOn,
      approvedCents: request.approvedCents,
      refusalReason: request.refusalReason,
      decisionNote: request.decisionNote,
      paidCents: paidCentsOf(state.payments),
      remainderCents: request.approvedCents === null ? null : remainderOf(state),
      cancellation: cancellation ?? null,
      payments: payments.map((p) => ({
        id: p.id,
        amountCents: p.amountCents,
        paidOn: p.paidOn,
        method: p.method,
        reference: p.reference,
        reversedOn: p.reversedOn,
        reversalReason: p.reversalReason,
      })),
      actions,
    });
  }
  const crossOrganization = items.filter((i) => i.request.organizationId !== actor.organizationId);
  if (crossOrganization.length > 0) {
    for (const { request } of crossOrganization)
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: request.organizationId,
        action: 'relocation_aid.request_read_as_owner',
        resourceType: 'aid_request',
        resourceId: request.id,
        personId: request.personId,
        requestId: requestId ?? null,
        details: { fields: ['name', 'household_size'] },
      });
  }
  return views;
}
