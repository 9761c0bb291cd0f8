import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { OccupationScheme, PathwayStepKind } from '../domain/vocabulary.js';
import './tables.js';
import { stepDescriptionColumns } from './step-columns.js';

export interface PathwayRecord {
  id: string;
  organizationId: string;
  occupationScheme: OccupationScheme;
  occupationCode: string;
  jurisdiction: string;
  routeName: string | null;
  regulated: boolean;
  regulatorName: string | null;
  regulatorUrl: string | null;
  illustrative: boolean;
  sharedWithConsortium: boolean;
  retired: boolean;
}

export interface PathwayStepRecord {
  position: number;
  kind: PathwayStepKind;
  labelFr: string;
  labelEn: string;
  evaluator: string | null;
  reportType: string | null;
  languageTest: string | null;
  levelRequired: string | null;
  typicalCostCents: number | null;
  currency: 'USD' | 'CAD' | 'EUR';
  typicalDurationDays: number | null;
  sourceUrl: string | null;
  sourceText: string | null;
}

export interface PathwayVersionRecord {
  id: string;
  organizationId: string;
  pathwayId: string;
  number: number;
  effectiveOn: string;
  changeNote: string | null;
  createdAt: Date;
  steps: PathwayStepRecord[];
}

const pathwayColumns = [
  'id',
  'organization_id as organizationId',
  'occupation_scheme as occupationScheme',
  'occupation_code as occupationCode',
  'jurisdiction',
  'route_name as routeName',
  'regulated',
  'regulator_name as regulatorName',
  'regulator_url as regulatorUrl',
  'illustrative',
  'shared_with_consortium as sharedWithConsortium',
  'retired',
] as const;

const stepColumns = [
  'version_id as versionId',
  ...stepDescriptionColumns,
  'source_url as sourceUrl',
  'source_text as sourceText',
] as const;

/** The catalogue's SQL: pathways, their versions and steps. */
export function pathwaysRepository(db: Executor) {
  return {
    async insertPathway(row: PathwayRecord, by: string, now: Date): Promise<void> {
      await db
        .insertInto('recognition_pathways')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          occupation_scheme: row.occupationScheme,
          occupation_code: row.occupationCode,
          jurisdiction: row.jurisdiction,
          route_name: row.routeName,
          regulated: row.regulated,
          regulator_name: row.regulatorName,
          regulator_url: row.regulatorUrl,
          illustrative: row.illustrative,
          shared_with_consortium: row.sharedWithConsortium,
          retired: row.retired,
          created_by: by,
          created_at: now,
          updated_by: by,
          updated_at: now,
        })
        .execute();
    },

    async updatePathway(
      id: string,
      organizationId: string,
      patch: Partial<
        Omit<PathwayRecord, 'id' | 'organizationId' | 'occupationScheme' | 'occupationCode' | 'jurisdiction'>
      >,
      by: string,
      now: Date,
    ): Promise<void> {
      await db
        .updateTable('recognition_pathways')
        .set({
          ...(patch.routeName !== undefined && { route_name: patch.routeName }),
          ...(patch.regulated !== undefined && { regulated: patch.regulated }),
          ...(patch.regulatorName !== undefined && { regulator_name: patch.regulatorName }),
          ...(patch.regulatorUrl !== undefined && { regulator_url: patch.regulatorUrl }),
          ...(patch.illustrative !== undefined && { illustrative: patch.illustrative }),
          ...(patch.sharedWithConsortium !== undefined && {
            shared_with_consortium: patch.sharedWithConsortium,
          }),
          ...(patch.retired !== undefined && { retired: patch.retired }),
          updated_by: by,
          updated_at: now,
        })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },

    /** A pathway by its id, whoever keeps it (the caller decides who may see it); locked to add a version. */
    async find(id: string, lock = false): Promise<PathwayRecord | undefined> {
      let query = db.selectFrom('recognition_pathways').select(pathwayColumns).where('id', '=', id);
      if (lock) query = query.forUpdate();
      return (await query.executeTakeFirst()) as PathwayRecord | undefined;
    },

    /** The pathways an organization keeps and those of `partnerIds` shared with their consortia. */
    async visibleTo(
      organizationId: string,
      partnerIds: readonly string[],
      filter: { jurisdiction?: string; scheme?: string; code?: string; includeRetired?: boolean } = {},
    ): Promise<PathwayRecord[]> {
      let query = db
        .selectFrom('recognition_pathways')
        .select(pathwayColumns)
        .where((eb) =>
          eb.or([
            eb('organization_id', '=', organizationId),
            ...(partnerIds.length > 0
              ? [eb.and([eb('organization_id', 'in', partnerIds), eb('shared_with_consortium', '=', true)])]
              : []),
          ]),
        );
      if (filter.jurisdiction) query = query.where('jurisdiction', '=', filter.jurisdiction);
      if (filter.scheme) query = query.where('occupation_scheme', '=', filter.scheme);
      if (filter.code) query = query.where('occupation_code', '=', filter.code);
      if (!filter.includeRetired) query = query.where('retired', '=', false);
      return (await query
        .orderBy('jurisdiction')
        .orderBy('occupation_code')
        .orderBy('id')
        .execute()) as PathwayRecord[];
    },

    async insertVersion(
      version: Omit<PathwayVersionRecord, 'createdAt'>,
      by: string,
      now: Date,
    ): Promise<void> {
      await db
        .insertInto('recognition_pathway_versions')
        .values({
          id: version.id,
          organization_id: version.organizationId,
          pathway_id: version.pathwayId,
          number: version.number,
          effective_on: version.effectiveOn,
          change_note: version.changeNote,
          created_by: by,
          created_at: now,
        })
        .execute();
      await db
        .insertInto('recognition_pathway_steps')
        .values(
          version.steps.map((s) => ({
            version_id: version.id,
            position: s.position,
            organization_id: version.organizationId,
            kind: s.kind,
            label_fr: s.labelFr,
            label_en: s.labelEn,
            evaluator: s.evaluator,
            report_type: s.reportType,
            language_test: s.languageTest,
            level_required: s.levelRequired,
            typical_cost_cents: s.typicalCostCents,
            currency: s.currency,
            typical_duration_days: s.typicalDurationDays,
            source_url: s.sourceUrl,
            source_text: s.sourceText,
          })),
        )
        .execute();
    },

    /** The versions of these pathways with their steps in order, newest first. */
    async versionsOf(pathwayIds: readonly string[]): Promise<PathwayVersionRecord[]> {
      if (pathwayIds.length === 0) return [];
      const versions = await db
        .selectFrom('recognition_pathway_versions')
        .select([
          'id',
          'organization_id as organizationId',
          'pathway_id as pathwayId',
          'number',
          sql<string>`to_char(effective_on, 'YYYY-MM-DD')`.as('effectiveOn'),
          'change_note as changeNote',
          'created_at as createdAt',
        ])
        .where('pathway_id', 'in', pathwayIds)
        .orderBy('pathway_id')
        .orderBy('number', 'desc')
        .execute();
      if (versions.length === 0) return [];
      const steps = await db
        .selectFrom('recognition_pathway_steps')
        .select(stepColumns)
        .where(
          'version_id',
          'in',
          versions.map((v) => v.id),
        )
        .orderBy('version_id')
        .orderBy('position')
        .execute();
      const stepsOf = new Map<string, PathwayStepRecord[]>();
      for (const { versionId, ...step } of steps) {
        const list = stepsOf.get(versionId);
        if (list) list.push(step as PathwayStepRecord);
        else stepsOf.set(versionId, [step as PathwayStepRecord]);
      }
      return versions.map((v) => ({ ...v, steps: stepsOf.get(v.id) ?? [] }));
    },
  };
}
