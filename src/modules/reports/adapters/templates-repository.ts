import type { Executor } from '../../../core/db/types.js';
import type { ReportDefinition } from '../domain/template.js';
import './tables.js';

export interface SavedTemplate {
  id: string;
  organizationId: string;
  programId: string;
  basedOn: string;
  definition: ReportDefinition;
  version: number;
  updatedAt: Date;
}

const columns = [
  'id',
  'organization_id as organizationId',
  'program_id as programId',
  'based_on as basedOn',
  'definition',
  'version',
  'updated_at as updatedAt',
] as const;

export function templatesRepository(db: Executor) {
  return {
    /** The program's templates saved by these organizations, oldest first. */
    ofProgram(programId: string, organizationIds: readonly string[]): Promise<SavedTemplate[]> {
      if (organizationIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('report_templates')
        .select(columns)
        .where('program_id', '=', programId)
        .where('organization_id', 'in', organizationIds)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },
    find(id: string): Promise<SavedTemplate | undefined> {
      return db.selectFrom('report_templates').select(columns).where('id', '=', id).executeTakeFirst();
    },
    async insert(row: {
      id: string;
      organizationId: string;
      programId: string;
      basedOn: string;
      definition: ReportDefinition;
      userId: string;
      at: Date;
    }): Promise<void> {
      await db
        .insertInto('report_templates')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          program_id: row.programId,
          based_on: row.basedOn,
          definition: JSON.stringify(row.definition),
          version: 1,
          created_by: row.userId,
          created_at: row.at,
          updated_by: row.userId,
          updated_at: row.at,
        })
        .execute();
    },
    /** Saves a new version of the definition; false when the template changed meanwhile (another version). */
    async update(row: {
      id: string;
      organizationId: string;
      expectedVersion: number;
      definition: ReportDefinition;
      userId: string;
      at: Date;
    }): Promise<boolean> {
      const result = await db
        .updateTable('report_templates')
        .set((eb) => ({
          definition: JSON.stringify(row.definition),
          version: eb('version', '+', 1),
          updated_by: row.userId,
          updated_at: row.at,
        }))
        .where('id', '=', row.id)
        .where('organization_id', '=', row.organizationId)
        .where('version', '=', row.expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async remove(id: string, organizationId: string): Promise<void> {
      await db
        .deleteFrom('report_templates')
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },
  };
}
