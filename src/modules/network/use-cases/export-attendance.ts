import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import type { SpreadsheetSheet } from '../../../core/spreadsheet/spreadsheet.js';
import { spreadsheetMediaTypes } from '../../../core/spreadsheet/spreadsheet.js';
import { localDateTimeInZone } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { conveningsRepository } from '../adapters/convenings-repository.js';
import { visibleConvening } from './convening-access.js';

const words = {
  fr: {
    sheet: 'Présences',
    name: 'Nom',
    email: 'Courriel',
    partner: 'Organisation',
    kind: 'Type',
    needs: 'Besoins',
    source: 'Inscription',
    attendance: 'Présence',
    registeredAt: 'Inscrit le',
    present: 'présent',
    absent: 'absent',
    staff: 'équipe',
    public: 'formulaire public',
  },
  en: {
    sheet: 'Attendance',
    name: 'Name',
    email: 'E-mail',
    partner: 'Organization',
    kind: 'Kind',
    needs: 'Needs',
    source: 'Registered by',
    attendance: 'Attendance',
    registeredAt: 'Registered at',
    present: 'present',
    absent: 'absent',
    staff: 'staff',
    public: 'public form',
  },
};

/** The attendance list of a convening as a spreadsheet, in the organization's time zone. Audited. */
export const exportAttendance = defineUseCase(
  z.object({ conveningId: z.uuid(), format: z.enum(['csv', 'xlsx']), language: z.enum(['fr', 'en']) }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    const convening = await visibleConvening(trx, actor, input.conveningId);
    const [registrations, timeZone] = await Promise.all([
      conveningsRepository(trx).registrationsOf(convening.id, actor.organizationId),
      organizationsApi(trx).timeZoneOf(actor.organizationId),
    ]);
    const w = words[input.language];
    const sheet: SpreadsheetSheet = {
      name: w.sheet,
      columns: [
        { key: 'name', header: w.name, type: 'text' },
        { key: 'email', header: w.email, type: 'text' },
        { key: 'partner', header: w.partner, type: 'text' },
        { key: 'kind', header: w.kind, type: 'text' },
        { key: 'needs', header: w.needs, type: 'text' },
        { key: 'source', header: w.source, type: 'text' },
        { key: 'attendance', header: w.attendance, type: 'text' },
        { key: 'registeredAt', header: w.registeredAt, type: 'datetime' },
      ],
      rows: registrations.map((r) => ({
        name: r.name,
        email: r.email,
        partner: r.partnerName,
        kind: r.partnerKind,
        needs: r.needs,
        source: w[r.source],
        attendance: r.attendance ? w[r.attendance] : null,
        registeredAt: localDateTimeInZone(r.createdAt, timeZone).slice(0, 16),
      })),
    };
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'network.attendance_export',
      resourceType: 'network_convening',
      resourceId: convening.id,
      requestId: ctx.requestId,
      details: { format: input.format, rows: registrations.length },
    });
    const day = localDateTimeInZone(convening.startsAt, timeZone).slice(0, 10);
    return {
      sheet,
      format: input.format,
      mediaType: spreadsheetMediaTypes[input.format],
      filename: `attendance-${day}.${input.format}`,
      rows: registrations.length,
    };
  },
);
