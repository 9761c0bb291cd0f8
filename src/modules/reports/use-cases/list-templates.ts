import { z } from 'zod';
import { defineUseCase } from '../../../core/use-case.js';
import { templatesRepository } from '../adapters/templates-repository.js';
import { standardTemplates } from '../domain/standard-templates.js';
import { presentIndicators, presentTemplate } from './present.js';
import { reportAccess } from './report-access.js';

/** The standard templates and the copies the program's organizations saved, with the catalogue. */
export const listReportTemplates = defineUseCase(
  z.object({ programId: z.uuid() }),
  async ({ input, ctx, trx, now }) => {
    const access = await reportAccess(trx, ctx, input.programId, now);
    const saved = await templatesRepository(trx).ofProgram(
      access.program.id,
      access.program.organizations.map((o) => o.id),
    );
    return {
      items: [
        ...standardTemplates.map((t) =>
          presentTemplate(
            {
              ref: t.key,
              source: 'standard',
              version: null,
              organizationId: null,
              basedOn: null,
              definition: t.definition,
            },
            access,
          ),
        ),
        ...saved.map((t) =>
          presentTemplate(
            {
              ref: t.id,
              source: 'saved',
              version: t.version,
              organizationId: t.organizationId,
              basedOn: t.basedOn,
              definition: t.definition,
            },
            access,
          ),
        ),
      ],
      indicators: presentIndicators(),
    };
  },
);
