import { caseloadExportQuery } from '../../../contracts/exports.js';
import { hasRole, requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles, sensitiveDataRoles } from '../../../core/auth/roles.js';
import { dayInZone, localDateTimeInZone } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { caseloadForExport } from '../../caseload/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { type ExportHeader, labelOf } from '../domain/export-texts.js';
import { column, exportedFile, exportRowLimit, requireWithinLimit } from './exported-file.js';

/**
 * The caseload as a file: the people of the list with its filters and order, every page. Signals
 * (next action, alerts, contacts) for the roles that read plans and follow-up, as on screen; the
 * immigration status only for `sensitiveDataRoles`. Restricted and anonymized files are not in it.
 * Times are the organization's wall-clock times. Audited with its filters and row count.
 */
export const exportCaseload = defineUseCase(caseloadExportQuery, async (scope) => {
  const { input, ctx, trx, now, audit, deps } = scope;
  const actor = requireActor(ctx);
  requireRole(actor, personDataRoles);
  const { format, ...filters } = input;
  const sensitive = hasRole(actor, sensitiveDataRoles);
  const zone = await organizationsApi(trx).timeZoneOf(actor.organizationId);
  const found = await caseloadForExport(trx, deps.keyRing, actor, filters, {
    // The list's "today": the organization's day, its signals counted on its days.
    day: { today: dayInZone(now, zone), timeZone: zone },
    limit: exportRowLimit,
    withStatus: sensitive,
  });
  requireWithinLimit(found.complete);
  const locale = actor.locale;
  const keys: (readonly [ExportHeader, Parameters<typeof column>[1]])[] = [
    ['familyName', 'text'],
    ['givenName', 'text'],
    ['familyNameOriginal', 'text'],
    ['givenNameOriginal', 'text'],
    ['birthDate', 'date'],
    ['city', 'text'],
    ['referent', 'text'],
    ['openedAt', 'datetime'],
    ...(found.withSignals
      ? ([
          ['nextAction', 'text'],
          ['nextActionOn', 'datetime'],
          ['overdueSteps', 'integer'],
          ['missedAppointments', 'integer'],
          ['contactsLast30Days', 'integer'],
          ['expectedContacts', 'integer'],
          ['lastContactOn', 'date'],
          ['alerts', 'text'],
        ] as const)
      : []),
    ...(sensitive ? ([['immigrationStatus', 'text']] as const) : []),
  ];
  const columns = keys.map(([key, type]) => column(key, type, locale));
  const wallTime = (instant: Date | string) => localDateTimeInZone(new Date(instant), zone);
  const row = (person: (typeof found.rows)[number]) => ({
    familyName: person.familyName,
    givenName: person.givenName,
    familyNameOriginal: person.familyNameOriginal,
    givenNameOriginal: person.givenNameOriginal,
    birthDate: person.birthDate,
    city: person.city,
    referent: person.referentName,
    openedAt: wallTime(person.createdAt),
    nextAction: person.nextAction
      ? [labelOf(person.nextAction.kind, locale), person.nextAction.title].filter(Boolean).join(' — ')
      : null,
    // A step is due on a day; an appointment is at a time.
    nextActionOn: person.nextAction
      ? person.nextAction.kind === 'appointment'
        ? wallTime(person.nextAction.on)
        : `${person.nextAction.on}T00:00`
      : null,
    overdueSteps: person.overdueSteps,
    missedAppointments: person.missedAppointments,
    contactsLast30Days: person.contactsLast30Days,
    expectedContacts: person.expectedContacts,
    lastContactOn: person.lastContactOn,
    alerts: person.alerts.map((a) => labelOf(a, locale)).join(', '),
    immigrationStatus: person.immigrationStatus ?? null,
  });
  return exportedFile({
    actor,
    requestId: ctx.requestId,
    audit,
    kind: 'caseload',
    format,
    day: dayInZone(now, zone),
    columns,
    source: found.rows,
    row,
    filters,
    recordedValues: ['programId', 'enrolmentStatus', 'alerts', 'sort'],
    sensitiveColumns: sensitive,
  });
});
