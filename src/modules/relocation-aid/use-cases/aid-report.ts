import { z } from 'zod';
import { type AidReportView, aidBudgetQuery } from '../../../contracts/relocation-aid.js';
import { requireActor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import type { SpreadsheetSheet } from '../../../core/spreadsheet/spreadsheet.js';
import { spreadsheetMediaTypes } from '../../../core/spreadsheet/spreadsheet.js';
import { spreadsheetBytes } from '../../../core/spreadsheet/write-spreadsheet.js';
import { defineUseCase } from '../../../core/use-case.js';
import { aidRepository } from '../adapters/aid-repository.js';
import { aidErrors } from '../errors.js';
import { aidBudgetRoles, programSteered } from './aid-access.js';
import { budgetFigures } from './aid-budget.js';

type Breakdown = AidReportView['byPurpose'];

function breakdown(
  rows: readonly { key: string; householdKey: string; approvedCents: number; paidCents: number }[],
): Breakdown {
  const by = new Map<string, { households: Set<string>; approvedCents: number; paidCents: number }>();
  for (const r of rows) {
    const b = by.get(r.key) ?? { households: new Set<string>(), approvedCents: 0, paidCents: 0 };
    b.households.add(r.householdKey);
    b.approvedCents += r.approvedCents;
    b.paidCents += r.paidCents;
    by.set(r.key, b);
  }
  return [...by]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, b]) => ({
      key,
      households: b.households.size,
      approvedCents: b.approvedCents,
      paidCents: b.paidCents,
    }));
}

/**
 * The aid report of a program and year: the budget's figures from its journal, and the households
 * helped (each counted once) by purpose, region and member, from the requests approved that year.
 */
async function reportOf(
  db: Executor,
  ownerOrganizationId: string,
  programId: string,
  organizations: readonly { id: string; name: string }[],
  year: number,
) {
  const organizationIds = organizations.map((o) => o.id);
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  const repo = aidRepository(db);
  const budget = await repo.budgetOfYear(ownerOrganizationId, programId, year);
  if (!budget) throw aidErrors.budgetNotFound();
  const { position } = await budgetFigures(db, budget);
  const facts = await repo.facts(organizationIds, `${year}-01-01`, `${year}-12-31`, programId);
  const report: AidReportView = {
    programId,
    year,
    budgetCents: position.allocatedCents,
    approvedCents: facts.reduce((s, f) => s + f.approvedCents, 0),
    paidCents: position.paidCents,
    reversedCents: await repo.reversedCents(budget.organizationId, budget.id),
    committedCents: position.committedCents,
    availableCents: position.availableCents,
    households: new Set(facts.map((f) => f.householdKey)).size,
    byPurpose: breakdown(facts.map((f) => ({ ...f, key: f.purpose }))),
    byRegion: breakdown(facts.map((f) => ({ ...f, key: `${f.regionCountry.trim()}-${f.regionCode}` }))),
    byOrganization: breakdown(
      facts.map((f) => ({ ...f, key: names.get(f.organizationId) ?? f.organizationId })),
    ),
  };
  return { report, budgetId: budget.id, budget };
}

/** For those who steer the program (its owner or the consortium's coordinator): no personal data. */
export const aidReport = defineUseCase(
  aidBudgetQuery.extend({ programId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    const program = await programSteered(trx, actor, input.programId, aidBudgetRoles);
    const { report, budgetId } = await reportOf(
      trx,
      program.organizationId,
      program.id,
      program.organizations,
      input.year,
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: program.organizationId,
      action: 'relocation_aid.report_read',
      resourceType: 'aid_budget',
      resourceId: budgetId,
      requestId: ctx.requestId,
    });
    return report;
  },
);

/** The report as a spreadsheet: a CSV holds the summary; an XLSX adds the breakdowns and the journal. */
export const exportAidReport = defineUseCase(
  aidBudgetQuery.extend({ programId: z.uuid(), format: z.enum(['csv', 'xlsx']) }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    const program = await programSteered(trx, actor, input.programId, aidBudgetRoles);
    const { report, budgetId, budget } = await reportOf(
      trx,
      program.organizationId,
      program.id,
      program.organizations,
      input.year,
    );
    const journal = await aidRepository(trx).journal(budget.organizationId, budgetId);
    const summary: SpreadsheetSheet<'figure' | 'cents'> = {
      name: 'Summary',
      columns: [
        { key: 'figure', header: 'Figure', type: 'text' },
        { key: 'cents', header: 'Amount', type: 'money_cents' },
      ],
      rows: (
        [
          'budgetCents',
          'approvedCents',
          'paidCents',
          'reversedCents',
          'committedCents',
          'availableCents',
        ] as const
      ).map((k) => ({ figure: k.replace(/Cents$/, ''), cents: report[k] })),
    };
    const breakdownSheet = (
      name: string,
      rows: Breakdown,
      label: (key: string) => string,
    ): SpreadsheetSheet => ({
      name,
      columns: [
        { key: 'key', header: name, type: 'text' },
        { key: 'households', header: 'Households', type: 'integer' },
        { key: 'approvedCents', header: 'Approved', type: 'money_cents' },
        { key: 'paidCents', header: 'Paid', type: 'money_cents' },
      ],
      rows: rows.map((r) => ({ ...r, key: label(r.key) })),
    });
    const journalSheet: SpreadsheetSheet = {
      name: 'Journal',
      columns: [
        { key: 'sequence', header: 'Entry', type: 'integer' },
        { key: 'occurredOn', header: 'Date', type: 'date' },
        { key: 'kind', header: 'Kind', type: 'text' },
        { key: 'memo', header: 'Memo', type: 'text' },
        { key: 'account', header: 'Account', type: 'text' },
        { key: 'debitCents', header: 'Debit', type: 'money_cents' },
        { key: 'creditCents', header: 'Credit', type: 'money_cents' },
      ],
      rows: journal.map((l) => ({ ...l })),
    };
    const sheets: SpreadsheetSheet[] =
      input.format === 'csv'
        ? [summary]
        : [
            summary,
            breakdownSheet('Purpose', report.byPurpose, (k) => k),
            breakdownSheet('Region', report.byRegion, (k) => k),
            breakdownSheet('Member', report.byOrganization, (k) => k),
            journalSheet,
          ];
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: program.organizationId,
      action: 'relocation_aid.report_export',
      resourceType: 'aid_budget',
      resourceId: budgetId,
      requestId: ctx.requestId,
      details: { format: input.format },
    });
    return {
      filename: `relocation-aid-${input.year}.${input.format}`,
      body: await spreadsheetBytes(input.format, sheets),
      contentType: spreadsheetMediaTypes[input.format],
    };
  },
);
