import type { TestProject } from 'vitest/node';
import { prepareTestDatabases } from '../../support/global-setup.js';

/** The journeys' databases: the migrated one, and a copy with the demo for the journeys that read it. */
export default async function setup(project: TestProject) {
  return prepareTestDatabases(project, { withDemo: true, withMigrationSnapshots: false });
}
