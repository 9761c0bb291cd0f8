/** The regions module's part in the person's rights (export, anonymization). */
import type { Executor } from '../../core/db/types.js';
import { regionsRepository } from './adapters/regions-repository.js';

/**
 * The exploratory stays of the file (as the household's main contact or as a traveller): region, host,
 * dates, who went, programme, costs and report, with the host partner's observations.
 */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const repo = regionsRepository(db);
  const rows = await repo.staysOfPerson(personId, organizationId);
  const ids = rows.map((r) => r.id);
  const travellers = await repo.travellersOf(ids);
  const costs = await repo.costsOf(ids);
  const stays = [];
  for (const row of rows)
    stays.push({
      id: row.id,
      asMainContact: row.person_id === personId,
      regionCountry: row.region_country.trim(),
      regionCode: row.region_code,
      hostOrganizationId: row.host_organization_id,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      travellers: travellers.filter((t) => t.stayId === row.id).length,
      childrenWithoutFile: row.children_without_file,
      purpose: row.purpose,
      status: row.status,
      decision: row.decision,
      decidedOn: row.decided_on,
      reportNote: row.report_note,
      hostObservations: row.host_observations,
      programme: (await repo.itemsOf(row.id)).map((i) => ({
        day: i.day,
        startsAt: i.startsAt,
        kind: i.kind,
        description: i.description,
      })),
      costs: costs
        .filter((c) => c.stayId === row.id)
        .map((c) => ({
          kind: c.kind,
          amountCents: c.amountCents,
          paidBy: c.paidBy,
          description: c.description,
        })),
    });
  return { exploratoryStays: stays };
}

/**
 * The stays of which the person is the main contact stay (region, dates, decision, costs: the household
 * figures and the funnel need them) but lose their free texts; their travels as another's traveller too.
 */
export async function anonymizePersonData(db: Executor, organizationId: string, personId: string) {
  return regionsRepository(db).eraseTextsOfPerson(organizationId, personId);
}
