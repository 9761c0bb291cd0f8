import { placementsExportQuery } from '../../../contracts/exports.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { dayInZone } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { caseloadForExport } from '../../caseload/api.js';
import { employerSummary } from '../../employers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { placementReadRoles, placementsForExport } from '../../placements/api.js';
import { labelOf } from '../domain/export-texts.js';
import { column, exportedFile, exportRowLimit, requireWithinLimit } from './exported-file.js';

/**
 * Hires and contracts of the people the organization follows (restricted and anonymized files left
 * out, as in the caseload; one referent's with `referent`), by person then start: employer, job,
 * contract, hours, wage as an amount, dates, state today in the organization's time zone. Audited
 * with its filters and row count.
 */
export const exportPlacements = defineUseCase(
  placementsExportQuery,
  async ({ input, ctx, trx, now, audit, deps }) => {
    const actor = requireActor(ctx);
    requireRole(actor, placementReadRoles);
    const { format, ...filters } = input;
    const zone = await organizationsApi(trx).timeZoneOf(actor.organizationId);
    const today = dayInZone(now, zone);
    const people = await caseloadForExport(
      trx,
      deps.keyRing,
      actor,
      { referent: input.referent, sort: 'name' },
      { day: { today, timeZone: zone }, limit: exportRowLimit, withStatus: false, withSignals: false },
    );
    requireWithinLimit(people.complete);
    const byPerson = new Map(people.rows.map((p) => [p.id, p]));
    const order = new Map(people.rows.map((p, index) => [p.id, index]));
    const placements = (
      await placementsForExport(
        trx,
        actor.organizationId,
        people.rows.map((p) => p.id),
        today,
      )
    )
      .filter((p) => !input.state || p.state === input.state)
      .sort(
        (a, b) =>
          (order.get(a.personId) ?? 0) - (order.get(b.personId) ?? 0) || a.startsOn.localeCompare(b.startsOn),
      );
    const employers = new Map<string, string | null>();
    for (const id of new Set(placements.map((p) => p.employerId))) {
      employers.set(id, (await employerSummary(trx, id, actor.organizationId))?.name ?? null);
    }
    const locale = actor.locale;
    const columns = [
      column('familyName', 'text', locale),
      column('givenName', 'text', locale),
      column('referent', 'text', locale),
      column('employer', 'text', locale),
      column('jobTitle', 'text', locale),
      column('contractType', 'text', locale),
      column('workingTime', 'text', locale),
      column('hoursPerWeek', 'decimal', locale),
      column('wage', 'money_cents', locale),
      column('wagePeriod', 'text', locale),
      column('currency', 'text', locale),
      column('startsOn', 'date', locale),
      column('endsOn', 'date', locale),
      column('endedEarlyOn', 'date', locale),
      column('contractState', 'text', locale),
    ];
    const row = (p: (typeof placements)[number]) => {
      const person = byPerson.get(p.personId);
      return {
        familyName: person?.familyName ?? null,
        givenName: person?.givenName ?? null,
        referent: person?.referentName ?? null,
        employer: employers.get(p.employerId) ?? null,
        jobTitle: p.jobTitle,
        contractType: p.contractType,
        workingTime: p.workingTime,
        hoursPerWeek: p.hoursPerWeek === null ? null : Number(p.hoursPerWeek),
        wage: p.wageCents === null ? null : Number(p.wageCents),
        wagePeriod: p.wagePeriod,
        currency: p.currency,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
        endedEarlyOn: p.endedEarlyOn,
        contractState: labelOf(p.state, locale),
      };
    };
    return exportedFile({
      actor,
      requestId: ctx.requestId,
      audit,
      kind: 'placements',
      format,
      day: today,
      columns,
      source: placements,
      row,
      filters,
      recordedValues: ['state'],
      sensitiveColumns: false,
    });
  },
);
