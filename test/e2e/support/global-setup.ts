import type { TestProject } from 'vitest/node';
import { prepareTestDatabases } from '../../support/global-setup.js';
import { startWebBuild } from './build-web.js';

/**
 * The journeys' databases (the migrated one, and a copy with the demo for the journeys that read it)
 * and the web app they open, built meanwhile in a process of its own.
 */
export default async function setup(project: TestProject) {
  const webBuilt = startWebBuild();
  try {
    return await prepareTestDatabases(project, { withDemo: true });
  } finally {
    await webBuilt();
  }
}
