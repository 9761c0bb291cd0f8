import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crossOrganizationReferences, tablePlacement } from '../src/core/db/distribution.js';
import { distributionViolations } from './support/distribution.js';
import { remainingDistributionViolations } from './support/distribution-remaining.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

// ADR 12: the schema is ready to be sharded by organization (Citus), checked without Citus.
describe('distribution by organization', () => {
  it('every table is classified and every distributed table is keyed by its organization', async () => {
    const violations = await distributionViolations(database.db, tablePlacement, crossOrganizationReferences);
    const remaining = new Set<string>(remainingDistributionViolations);
    // A violation not in the list is new: fix the schema (or classify the table). A listed one that no
    // longer occurs was fixed: remove it from test/support/distribution-remaining.ts, so the list only shrinks.
    expect({
      new: violations.filter((v) => !remaining.has(v)),
      fixed: [...remaining].filter((v) => !violations.includes(v)),
    }).toEqual({ new: [], fixed: [] });
  });

  it('finds what a schema that cannot be sharded by organization gets wrong', async () => {
    await sql`create schema distribution_probe`.execute(database.db);
    try {
      await sql`create table distribution_probe.owners (id uuid primary key, organization_id uuid not null)`.execute(
        database.db,
      );
      await sql`create table distribution_probe.parts (
          id uuid primary key, organization_id uuid, code text unique,
          owner_id uuid references distribution_probe.owners (id))`.execute(database.db);
      await sql`create table distribution_probe.vocabulary (code text primary key)`.execute(database.db);
      await sql`create table distribution_probe.lookups (
          id uuid primary key, owner_id uuid references distribution_probe.owners (id))`.execute(database.db);
      await sql`create table distribution_probe.newcomer (id uuid primary key)`.execute(database.db);
      const violations = await distributionViolations(
        database.db,
        {
          owners: 'distributed',
          parts: 'distributed',
          vocabulary: 'reference',
          lookups: 'local',
          gone: 'local',
        },
        [],
        'distribution_probe',
      );
      expect(violations.sort()).toEqual(
        [
          'gone: classified but no such table: remove it from the list',
          'newcomer: not classified: classify it in src/core/db/distribution.ts (docs/adr/0012-distribution-by-organization.md)',
          'owners: primary key owners_pkey (id) lacks organization_id',
          'parts: organization_id may be null',
          'parts: primary key parts_pkey (id) lacks organization_id',
          'parts: unique constraint parts_code_key (code) lacks organization_id',
          'parts: foreign key parts_owner_id_fkey (owner_id) → owners (id) lacks organization_id on both sides',
          'lookups: local table has foreign key lookups_owner_id_fkey (owner_id) → owners (id) to a distributed table',
        ].sort(),
      );
      await sql`alter table distribution_probe.owners drop constraint owners_pkey cascade,
          add primary key (organization_id, id)`.execute(database.db);
      expect(
        await distributionViolations(
          database.db,
          {
            owners: 'distributed',
            parts: 'local',
            vocabulary: 'reference',
            lookups: 'local',
            newcomer: 'local',
          },
          [],
          'distribution_probe',
        ),
      ).toEqual([]);
    } finally {
      await sql`drop schema distribution_probe cascade`.execute(database.db);
    }
  });
});
