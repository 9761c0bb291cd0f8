import type { FastifyInstance } from 'fastify';
import { importPeopleRoute } from '../../contracts/people-import.js';
import { mountUploadRoute } from '../../core/http/file-transfer.js';
import type { Deps } from '../../core/use-case.js';
import { maxPeopleImportBytes } from './domain/people-import-columns.js';
import { peopleImportErrors } from './import-errors.js';
import { importPeople } from './use-cases/import-people.js';
import type { ImportEnrolments } from './use-cases/import-people-enrolments.js';

/**
 * `POST /api/people/imports`: the file's bytes as the body, the preview or the import in the query.
 * `enrolments` enrols in programs (programs/api.ts `importEnrolments`), handed over by the composition
 * root because programs depends on people.
 */
export function registerPeopleImportRoutes(
  app: FastifyInstance,
  deps: Deps,
  enrolments: ImportEnrolments,
): void {
  mountUploadRoute(
    app,
    importPeopleRoute,
    {
      maxBytes: maxPeopleImportBytes,
      tooLarge: () => peopleImportErrors.tooLarge({ maxMiB: maxPeopleImportBytes / 1024 / 1024 }),
      mediaTypes: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    },
    ({ query, ctx, content, declaredMediaType }) =>
      importPeople(enrolments)(deps)(ctx, {
        content,
        declaredMediaType,
        dryRun: query.dryRun !== 'false',
        skip: query.skip ? query.skip.split(',').map(Number) : [],
        fileName: query.fileName,
      }),
  );
}
