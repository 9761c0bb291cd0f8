import type { Executor } from '../../../core/db/types.js';
import type { RoutingRule } from '../domain/routing.js';

export interface FrontDoorRecord {
  programId: string;
  consortiumId: string;
  organizationId: string;
  slug: string;
  open: boolean;
  receivingOrganizationIds: string[];
  rules: RoutingRule[];
}

/** A program's front door: its address, whether it is open, who receives requests and the routing rules. */
export function doorRepository(db: Executor) {
  const doorColumns = [
    'program_id as programId',
    'consortium_id as consortiumId',
    'organization_id as organizationId',
    'slug',
    'open',
    'receiving_organization_ids as receivingOrganizationIds',
    'rules',
  ] as const;
  const asDoor = (row: {
    programId: string;
    consortiumId: string;
    organizationId: string;
    slug: string;
    open: boolean;
    receivingOrganizationIds: string[];
    rules: unknown[];
  }): FrontDoorRecord => ({ ...row, rules: row.rules as RoutingRule[] });

  return {
    async doorBySlug(slug: string): Promise<FrontDoorRecord | undefined> {
      const row = await db
        .selectFrom('front_doors')
        .select(doorColumns)
        .where('slug', '=', slug)
        .executeTakeFirst();
      return row ? asDoor(row) : undefined;
    },

    async doorOfProgram(programId: string): Promise<FrontDoorRecord | undefined> {
      const row = await db
        .selectFrom('front_doors')
        .select(doorColumns)
        .where('program_id', '=', programId)
        .executeTakeFirst();
      return row ? asDoor(row) : undefined;
    },

    async slugUsedElsewhere(slug: string, programId: string): Promise<boolean> {
      const row = await db
        .selectFrom('front_doors')
        .select('program_id')
        .where('slug', '=', slug)
        .where('program_id', '!=', programId)
        .executeTakeFirst();
      return row !== undefined;
    },

    async saveDoor(door: FrontDoorRecord, userId: string | null, now: Date): Promise<void> {
      const values = {
        consortium_id: door.consortiumId,
        organization_id: door.organizationId,
        slug: door.slug,
        open: door.open,
        receiving_organization_ids: JSON.stringify(door.receivingOrganizationIds),
        rules: JSON.stringify(door.rules),
        updated_by: userId,
        updated_at: now,
      };
      await db
        .insertInto('front_doors')
        .values({ program_id: door.programId, ...values })
        .onConflict((oc) => oc.column('program_id').doUpdateSet(values))
        .execute();
    },
  };
}
