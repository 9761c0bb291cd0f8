import { type ImportFileRefusal, readColumnsFile } from '../../../core/spreadsheet/read-columns-file.js';
import {
  maxPeopleImportBytes,
  maxPeopleImportRows,
  peopleImportColumnOf,
  peopleImportColumns,
} from '../domain/people-import-columns.js';
import { peopleImportErrors } from '../import-errors.js';
import type { ImportCells } from './import-people-rows.js';

/** A refusal of the whole file in the people import's words. */
function refusal(refused: ImportFileRefusal) {
  switch (refused.code) {
    case 'media_type':
      return peopleImportErrors.mediaType();
    case 'too_large':
      return peopleImportErrors.tooLarge({ maxMiB: refused.maxMiB });
    case 'empty':
      return peopleImportErrors.empty();
    case 'unreadable':
      return peopleImportErrors.unreadable({ format: refused.format });
    case 'too_many_rows':
      return peopleImportErrors.tooManyRows({ max: refused.max, rows: refused.rows });
    case 'duplicate_column':
      return peopleImportErrors.duplicateColumn({ column: refused.column });
    case 'missing_columns':
      return peopleImportErrors.missingColumns({ columns: refused.columns });
  }
}

/** The file's rows by column, or the refusal of the whole file (4xx, nothing read further). */
export async function readPeopleFile(content: Buffer, declaredMediaType: string | null) {
  const file = await readColumnsFile(
    content,
    declaredMediaType,
    {
      maxBytes: maxPeopleImportBytes,
      maxRows: maxPeopleImportRows,
      columnOf: peopleImportColumnOf,
      required: peopleImportColumns.filter((c) => c.required).map((c) => c.name),
    },
    refusal,
  );
  return {
    format: file.format,
    ignoredColumns: file.ignoredColumns,
    rows: file.rows.map(({ line, cells }) => ({ row: line, cells: cells as ImportCells })),
  };
}

export type PeopleFile = Awaited<ReturnType<typeof readPeopleFile>>;
