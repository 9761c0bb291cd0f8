import type { StaySummaryView, StayView } from '../../../contracts/regions.js';
import type { AuditWriter } from '../../../core/audit/audit-log.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { employerSummary } from '../../employers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { consentReader, householdFactsOf, personSummary, sharedFileOf } from '../../people/api.js';
import { districtsOf } from '../../places/api.js';
import { regionsRepository, type StayRow } from '../adapters/regions-repository.js';
import { costTotals, initialsOf, stayAllows } from '../domain/stay-rules.js';
import type { StaySide } from './stay-access.js';

/** A host told who a traveller is under their consent: audited under that consent, as sharing reads are. */
interface IdentityRead {
  stay: StayRow;
  personId: string;
  consentId: string;
}

/** The region's name in the places reference data (its code when the data does not know it). */
export async function regionNames(db: Executor, countries: readonly string[]) {
  const names = new Map<string, string>();
  for (const country of new Set(countries))
    for (const d of await districtsOf(db, country as 'CA' | 'FR' | 'US'))
      names.set(`${country}:${d.code}`, d.name);
  return (country: string, code: string) => names.get(`${country.trim()}:${code}`) ?? code;
}

/** The name of a stay's region, for the timeline's labels. */
export async function regionNameOf(db: Executor, row: StayRow) {
  return (await regionNames(db, [row.region_country.trim()]))(row.region_country, row.region_code);
}

/**
 * Stays as the reader's organization sees them. The household's organization sees its files' names; a
 * host partner sees a traveller's name only while a consent in force on that file names it and covers
 * identity (the read audited under that consent), otherwise initials — never file ids.
 */
export async function presentStaySummaries(
  db: Executor,
  reader: { actor: Actor; requestId: string; audit: AuditWriter; now: Date },
  rows: readonly { row: StayRow; side: StaySide }[],
  kind: 'list' | 'read',
): Promise<StaySummaryView[]> {
  if (rows.length === 0) return [];
  const repo = regionsRepository(db);
  const organizations = organizationsApi(db);
  const orgNames = new Map<string, string>();
  for (const id of new Set(rows.flatMap(({ row }) => [row.organization_id, row.host_organization_id])))
    orgNames.set(id, (await organizations.findOrganization(id))?.name ?? '');
  const regionName = await regionNames(
    db,
    rows.map(({ row }) => row.region_country.trim()),
  );
  const ids = rows.map(({ row }) => row.id);
  const travellers = await repo.travellersOf(ids);
  const costs = await repo.costsOf(ids);
  const consentReaderOf = await consentReader(db, reader.actor.organizationId);
  const todayOf = (organizationId: string) => organizations.todayOf(organizationId, reader.now);
  const reads: IdentityRead[] = [];
  const views: StaySummaryView[] = [];
  for (const { row, side } of rows) {
    const people = [];
    for (const t of travellers.filter((x) => x.stayId === row.id)) {
      const own = await personSummary(db, t.personId, row.organization_id);
      if (!own) continue;
      if (side === 'owner') {
        people.push({ personId: t.personId, name: `${own.givenName} ${own.familyName}`, named: true });
        continue;
      }
      const shared = await sharedFileOf(db, t.personId, consentReaderOf, todayOf);
      const consent = shared?.sections.get('identity');
      if (shared && consent) {
        reads.push({ stay: row, personId: t.personId, consentId: consent.id });
        people.push({
          personId: null,
          name: `${shared.identity.givenName} ${shared.identity.familyName}`,
          named: true,
        });
      } else people.push({ personId: null, name: initialsOf(own.givenName, own.familyName), named: false });
    }
    const household = await householdFactsOf(db, row.person_id, row.organization_id);
    views.push({
      id: row.id,
      region: {
        country: row.region_country.trim(),
        code: row.region_code,
        name: regionName(row.region_country, row.region_code),
      },
      host: { id: row.host_organization_id, name: orgNames.get(row.host_organization_id) ?? '' },
      organization: { id: row.organization_id, name: orgNames.get(row.organization_id) ?? '' },
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      status: row.status,
      decision: row.decision,
      decidedOn: row.decided_on,
      householdSize: (household?.members.length ?? 1) + (household?.dependants.length ?? 0),
      travellers: people,
      childrenWithoutFile: row.children_without_file,
      totalCostCents: costTotals(costs.filter((c) => c.stayId === row.id)).totalCents,
      side,
    });
  }
  for (const read of reads)
    await reader.audit.record({
      actorUserId: reader.actor.userId,
      organizationId: reader.actor.organizationId,
      subjectOrganizationId: read.stay.organization_id,
      action: kind === 'list' ? 'sharing.list' : 'sharing.read',
      resourceType: 'consent',
      resourceId: read.consentId,
      personId: read.personId,
      requestId: reader.requestId,
      details: { stayId: read.stay.id, sections: ['identity'] },
    });
  return views;
}

/** One stay in full: its summary, programme, costs and report, and what the reader's side may do. */
export async function presentStay(
  db: Executor,
  reader: { actor: Actor; requestId: string; audit: AuditWriter; now: Date },
  stay: { row: StayRow; side: StaySide },
): Promise<StayView> {
  const [summary] = await presentStaySummaries(db, reader, [stay], 'read');
  const { row, side } = stay;
  const repo = regionsRepository(db);
  const items = await repo.itemsOf(row.id);
  const costs = await repo.costsOf([row.id]);
  const programme = [];
  for (const item of items) {
    const employer = item.employerId
      ? await employerSummary(db, item.employerId, reader.actor.organizationId)
      : undefined;
    programme.push({
      id: item.id,
      day: item.day,
      startsAt: item.startsAt,
      kind: item.kind,
      employer: employer ? { id: employer.id, name: employer.name } : null,
      description: item.description,
      addedBy: (item.addedByOrganizationId === row.organization_id ? 'owner' : 'host') as StaySide,
    });
  }
  const actions: StayView['actions'] = [];
  if (side === 'owner') {
    for (const action of ['edit', 'cancel', 'report', 'add_item', 'add_cost'] as const)
      if (stayAllows(row.status, action)) actions.push(action);
  } else {
    if (stayAllows(row.status, 'add_item')) actions.push('add_item');
    if (row.status !== 'cancelled') actions.push('observe');
  }
  return {
    ...(summary as StaySummaryView),
    personId: side === 'owner' ? row.person_id : null,
    purpose: row.purpose,
    reportNote: side === 'owner' ? row.report_note : null,
    hostObservations: row.host_observations,
    reportedAt: row.reported_at?.toISOString() ?? null,
    programme,
    costs: costs.map((c) => ({
      id: c.id,
      kind: c.kind,
      amountCents: c.amountCents,
      paidBy: c.paidBy,
      description: c.description,
    })),
    costsByPayer: costTotals(costs).byPayer,
    actions,
  };
}
