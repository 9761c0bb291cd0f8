import type { z } from 'zod';
import type { referralView } from '../../../contracts/referrals.js';
import type { AuditWriter } from '../../../core/audit/audit-log.js';
import { type Actor, hasRole, requireRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { DEFAULT_TIME_ZONE, dayInZone } from '../../../core/time-zone.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { consentReader, personSummary, sharedFileOf } from '../../people/api.js';
import { programNames } from '../../programs/api.js';
import { type ReferralRecord, referralsRepository } from '../adapters/referrals-repository.js';
import { daysBetween, type ReferralSide } from '../domain/referral-status.js';
import { referralRoles } from '../domain/vocabulary.js';
import { referralErrors } from '../errors.js';

export type ReferralView = z.input<typeof referralView>;

/** Staff who refer and answer; for anyone else a referral does not exist. */
export function requireReferralRole(actor: Actor, reading: 'list' | 'record') {
  if (reading === 'list') requireRole(actor, referralRoles);
  else if (!hasRole(actor, referralRoles)) throw referralErrors.referralNotFound();
}

/** A referral the actor's organization sent or received, and which side it is on; 404 for anyone else. */
export async function visibleReferral(db: Executor, actor: Actor, referralId: string) {
  requireReferralRole(actor, 'record');
  const referral = await referralsRepository(db).findFor(referralId, actor.organizationId);
  if (!referral) throw referralErrors.referralNotFound();
  const side: ReferralSide = referral.organizationId === actor.organizationId ? 'sender' : 'receiver';
  return { referral, side };
}

/** The other members of the consortia the organization belongs to or coordinates: where it may refer. */
export async function consortiumMembersOf(db: Executor, organizationId: string) {
  const organizations = organizationsApi(db);
  const consortia = await organizations.consortiaOfOrganization(organizationId);
  const members = (await Promise.all(consortia.map((c) => organizations.consortiumMembers(c.id)))).flat();
  const byId = new Map(members.filter((o) => o.id !== organizationId).map((o) => [o.id, o]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Today where the organization that keeps the consent works: its revocation and expiry are its days. */
export const todayOfOwner = (db: Executor, now: Date) => (organizationId: string) =>
  organizationsApi(db).todayOf(organizationId, now);

/**
 * What the receiver may read of the referral's person now: the sections chosen that a consent in force
 * still covers for it, each with its consent. Undefined once none does (revoked, expired, restricted).
 */
export async function sharedWithReceiver(db: Executor, referral: ReferralRecord, now: Date) {
  if (!referral.receiverOrganizationId || referral.sharedSections.length === 0) return undefined;
  const reader = await consentReader(db, referral.receiverOrganizationId);
  const shared = await sharedFileOf(db, referral.personId, reader, todayOfOwner(db, now));
  if (!shared) return undefined;
  const sections = new Map([...shared.sections].filter(([s]) => referral.sharedSections.includes(s)));
  return sections.size === 0 ? undefined : { ...shared, sections };
}

type Shared = Awaited<ReturnType<typeof sharedWithReceiver>>;

/**
 * The views of referrals as the actor's organization sees them, in a few reads. A received referral names
 * the person only when it shares the identity and a consent in force still covers it.
 */
export async function viewsOf(
  db: Executor,
  actor: Actor,
  referrals: readonly ReferralRecord[],
  now: Date,
  shared: (referral: ReferralRecord) => Promise<Shared>,
): Promise<ReferralView[]> {
  const organizationIds = new Set<string>();
  for (const r of referrals) {
    organizationIds.add(r.organizationId);
    if (r.receiverOrganizationId) organizationIds.add(r.receiverOrganizationId);
  }
  const organizations = await organizationsApi(db).listOrganizations([...organizationIds]);
  const orgName = new Map(organizations.map((o) => [o.id, o.name]));
  const zoneOf = new Map(organizations.map((o) => [o.id, o.timeZone]));
  const names = await accountsApi(db).displayNames([
    ...new Set(referrals.flatMap((r) => [r.sentBy, ...(r.answeredBy ? [r.answeredBy] : [])])),
  ]);
  const staff = (userId: string) => ({ userId, name: names.get(userId) ?? null });
  const programs = new Map<string, ReferralView['program']>();
  for (const programId of new Set(referrals.flatMap((r) => (r.programId ? [r.programId] : []))))
    programs.set(programId, (await programNames(db, programId)) ?? null);
  const views: ReferralView[] = [];
  for (const r of referrals) {
    const sent = r.organizationId === actor.organizationId;
    let person: ReferralView['person'] = null;
    let personShared = false;
    if (sent) {
      const summary = await personSummary(db, r.personId, r.organizationId);
      person = summary
        ? { id: summary.id, givenName: summary.givenName, familyName: summary.familyName }
        : null;
    } else {
      const reading = await shared(r);
      personShared = reading !== undefined;
      if (reading?.sections.has('identity'))
        person = {
          id: r.personId,
          givenName: reading.identity.givenName,
          familyName: reading.identity.familyName,
        };
    }
    views.push({
      id: r.id,
      direction: sent ? 'sent' : 'received',
      status: r.status,
      purpose: r.purpose,
      program: r.programId ? (programs.get(r.programId) ?? null) : null,
      sender: { id: r.organizationId, name: orgName.get(r.organizationId) ?? '' },
      sentBy: staff(r.sentBy),
      sentAt: r.sentAt.toISOString(),
      receiver: r.receiverOrganizationId
        ? { id: r.receiverOrganizationId, name: orgName.get(r.receiverOrganizationId) ?? '' }
        : null,
      service: r.serviceId ? { id: r.serviceId, name: r.serviceName ?? '', providerName: null } : null,
      sections: r.sharedSections,
      message: r.message,
      person,
      personShared,
      answeredAt: r.answeredAt?.toISOString() ?? null,
      answeredBy: r.answeredBy ? staff(r.answeredBy) : null,
      declineReason: r.declineReason,
      declineNote: r.declineNote,
      completedAt: r.completedAt?.toISOString() ?? null,
      outcomeNote: r.outcomeNote,
      receiverPersonId: sent ? null : r.receiverPersonId,
      pendingDays: r.status === 'pending' ? pendingDays(r.sentAt, now, zoneOf.get(r.organizationId)) : null,
    });
  }
  return views;
}

/**
 * Days a referral has waited, on the sending organization's calendar for both sides: the reminders
 * count the same days (jobs.ts), so "waiting for 7 days" on either screen matches the task of the
 * seventh day, and a referral to a directory service has no other organization to count on.
 */
function pendingDays(sentAt: Date, now: Date, senderZone = DEFAULT_TIME_ZONE): number {
  return Math.max(0, daysBetween(dayInZone(sentAt, senderZone), dayInZone(now, senderZone)));
}

/**
 * A receiver's read of the person's name or file is a partner's read under the consent that allowed it:
 * audited as the sharing module's reads (`sharing.list` for a name in the inbox, `sharing.read` for the
 * file), so that the owner sees it among the reads under that consent.
 */
export async function auditSharedRead(
  audit: AuditWriter,
  entry: {
    actor: Actor;
    requestId: string;
    referral: ReferralRecord;
    shared: NonNullable<Shared>;
    kind: 'list' | 'read';
    /** The sections read (all those shared when absent). */
    sections?: readonly string[];
  },
) {
  const consents = new Map<string, string[]>();
  for (const [section, consent] of entry.shared.sections)
    if (!entry.sections || entry.sections.includes(section))
      consents.set(consent.id, [...(consents.get(consent.id) ?? []), section]);
  for (const [consentId, sections] of consents)
    await audit.record({
      actorUserId: entry.actor.userId,
      organizationId: entry.actor.organizationId,
      subjectOrganizationId: entry.referral.organizationId,
      action: entry.kind === 'list' ? 'sharing.list' : 'sharing.read',
      resourceType: 'consent',
      resourceId: consentId,
      personId: entry.referral.personId,
      requestId: entry.requestId,
      details: { referralId: entry.referral.id, sections },
    });
}
