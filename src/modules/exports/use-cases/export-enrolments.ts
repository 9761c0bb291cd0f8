import { z } from 'zod';
import { enrolmentsExportQuery } from '../../../contracts/exports.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { translate } from '../../../core/i18n/locale.js';
import { dayInZone } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { caseloadForExport } from '../../caseload/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { enrolmentsOfPeople, programForFigures } from '../../programs/api.js';
import { labelOf } from '../domain/export-texts.js';
import { exportErrors } from '../errors.js';
import { column, exportedFile, exportRowLimit, requireWithinLimit } from './exported-file.js';

const input = enrolmentsExportQuery.extend({ programId: z.uuid() });

/** Ids per statement when enrolments are read for a list of people. */
const idsPerRead = 2000;

/**
 * A program's enrolments of the people the actor's organization follows (restricted and anonymized
 * files left out, as in the caseload), by name: status, dates, intake source, eligibility verdict.
 * A program the organization takes no part in is not found, and so is every program for a funder.
 * Audited with its filters and row count.
 */
export const exportProgramEnrolments = defineUseCase(input, async ({ input, ctx, trx, now, audit, deps }) => {
  const actor = requireActor(ctx);
  // A funder reads a program's figures, never the people behind them: for them this file does not exist.
  if (actor.role === 'funder') throw exportErrors.programNotFound();
  requireRole(actor, personDataRoles);
  const program = await programForFigures(trx, actor, input.programId);
  if (!program) throw exportErrors.programNotFound();
  const zone = await organizationsApi(trx).timeZoneOf(actor.organizationId);
  const people = await caseloadForExport(
    trx,
    deps.keyRing,
    actor,
    { programId: program.id, enrolmentStatus: input.status, sort: 'name' },
    {
      day: { today: dayInZone(now, zone), timeZone: zone },
      limit: exportRowLimit,
      withStatus: false,
      withSignals: false,
    },
  );
  requireWithinLimit(people.complete);
  const byPerson = new Map(people.rows.map((p) => [p.id, p]));
  const ids = people.rows.map((p) => p.id);
  const enrolments: Awaited<ReturnType<typeof enrolmentsOfPeople>> = [];
  for (let i = 0; i < ids.length; i += idsPerRead) {
    const read = await enrolmentsOfPeople(trx, actor.organizationId, ids.slice(i, i + idsPerRead));
    enrolments.push(
      ...read.filter((e) => e.programId === program.id && (!input.status || e.status === input.status)),
    );
  }
  const order = new Map(ids.map((id, index) => [id, index]));
  enrolments.sort(
    (a, b) =>
      (order.get(a.personId) ?? 0) - (order.get(b.personId) ?? 0) ||
      String(a.enrolledOn).localeCompare(String(b.enrolledOn)),
  );
  const locale = actor.locale;
  const programName = translate({ en: program.nameEn, fr: program.nameFr }, locale);
  const columns = [
    column('familyName', 'text', locale),
    column('givenName', 'text', locale),
    column('birthDate', 'date', locale),
    column('referent', 'text', locale),
    column('program', 'text', locale),
    column('enrolmentStatus', 'text', locale),
    column('enrolledOn', 'date', locale),
    column('endedOn', 'date', locale),
    column('intakeSource', 'text', locale),
    column('verdict', 'text', locale),
  ];
  const row = (e: (typeof enrolments)[number]) => {
    const person = byPerson.get(e.personId);
    return {
      familyName: person?.familyName ?? null,
      givenName: person?.givenName ?? null,
      birthDate: person?.birthDate ?? null,
      referent: person?.referentName ?? null,
      program: programName,
      enrolmentStatus: labelOf(e.status, locale),
      enrolledOn: e.enrolledOn,
      endedOn: e.endedOn,
      intakeSource: e.intakeSource,
      verdict: e.verdict,
    };
  };
  return exportedFile({
    actor,
    requestId: ctx.requestId,
    audit,
    kind: 'enrolments',
    format: input.format,
    day: dayInZone(now, zone),
    qualifier: programName,
    columns,
    source: enrolments,
    row,
    filters: { programId: program.id, status: input.status },
    recordedValues: ['programId', 'status'],
    sensitiveColumns: false,
    resourceId: program.id,
  });
});
