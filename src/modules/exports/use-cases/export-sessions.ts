import { sessionsExportQuery } from '../../../contracts/exports.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { sessionStaffRoles } from '../../../core/auth/roles.js';
import { dayInZone, localDateTimeInZone } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { seriesForExport } from '../../sessions/api.js';
import { labelOf } from '../domain/export-texts.js';
import { column, exportedFile, exportRowLimit } from './exported-file.js';

/**
 * The sessions list as a file: the series the organization runs or may enrol in (its own, its
 * consortia's, public ones), next first, with their counts; no person's data. Meetings at the
 * organization's wall-clock times. Audited with its filters and row count.
 */
export const exportSessions = defineUseCase(sessionsExportQuery, async ({ input, ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, sessionStaffRoles);
  const { format, ...filters } = input;
  const organizations = organizationsApi(trx);
  const zone = await organizations.timeZoneOf(actor.organizationId);
  const series = await seriesForExport(trx, actor, filters, now, exportRowLimit);
  const names = new Map(
    (await organizations.listOrganizations([...new Set(series.map((s) => s.organizationId))])).map((o) => [
      o.id,
      o.name,
    ]),
  );
  const locale = actor.locale;
  const columns = [
    column('title', 'text', locale),
    column('organization', 'text', locale),
    column('kind', 'text', locale),
    column('audience', 'text', locale),
    column('mode', 'text', locale),
    column('language', 'text', locale),
    column('openness', 'text', locale),
    column('sessionStatus', 'text', locale),
    column('capacity', 'integer', locale),
    column('enrolled', 'integer', locale),
    column('waitlisted', 'integer', locale),
    column('fillRate', 'percent', locale),
    column('meetings', 'integer', locale),
    column('firstMeetingAt', 'datetime', locale),
    column('lastMeetingAt', 'datetime', locale),
    column('grantsAttestation', 'text', locale),
  ];
  const row = (s: (typeof series)[number]) => ({
    title: s.title,
    organization: names.get(s.organizationId) ?? null,
    kind: s.kind,
    audience: s.audience,
    mode: s.mode,
    language: s.language,
    openness: s.openness,
    sessionStatus: labelOf(s.status, locale),
    capacity: s.capacity,
    enrolled: s.enrolled,
    waitlisted: s.waitlisted,
    fillRate: s.capacity ? s.enrolled / s.capacity : null,
    meetings: s.meetings,
    firstMeetingAt: s.firstMeetingAt ? localDateTimeInZone(s.firstMeetingAt, zone) : null,
    lastMeetingAt: s.lastMeetingAt ? localDateTimeInZone(s.lastMeetingAt, zone) : null,
    grantsAttestation: labelOf(s.grantsAttestation ? 'yes' : 'no', locale),
  });
  return exportedFile({
    actor,
    requestId: ctx.requestId,
    audit,
    kind: 'sessions',
    format,
    day: dayInZone(now, zone),
    columns,
    source: series,
    row,
    filters,
    recordedValues: ['from', 'audience'],
    sensitiveColumns: false,
  });
});
