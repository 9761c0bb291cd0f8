import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { AidRules } from '../domain/aid-rules.js';
import './tables.js';

/** The versions of a program's rules: rows of the program's owner, read and written by it (ADR 12). */
export function rulesRepository(db: Executor) {
  return {
    async ruleVersions(organizationId: string, programId: string) {
      const rows = await db
        .selectFrom('aid_rule_versions')
        .select([
          'id',
          'version',
          'effective_from as effectiveFrom',
          'rules',
          'created_by as createdBy',
          'created_at as createdAt',
        ])
        .where('organization_id', '=', organizationId)
        .where('program_id', '=', programId)
        .orderBy('version', 'desc')
        .execute();
      return rows.map((r) => ({ ...r, rules: r.rules as AidRules }));
    },
    async ruleVersion(organizationId: string, id: string) {
      const row = await db
        .selectFrom('aid_rule_versions')
        .select(['id', 'version', 'effective_from as effectiveFrom', 'rules'])
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && { ...row, rules: row.rules as AidRules };
    },
    /** Serializes new versions of one program's rules: the owner's row of the program's budgets is not enough before the first. */
    async lockProgram(programId: string) {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`aid-rules:${programId}`}))`.execute(db);
    },
    async insertRuleVersion(row: {
      id: string;
      organizationId: string;
      programId: string;
      version: number;
      effectiveFrom: string;
      rules: AidRules;
      createdBy: string | null;
      now: Date;
    }) {
      await db
        .insertInto('aid_rule_versions')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          program_id: row.programId,
          version: row.version,
          effective_from: row.effectiveFrom,
          rules: JSON.stringify(row.rules),
          created_by: row.createdBy,
          created_at: row.now,
        })
        .execute();
    },
  };
}
