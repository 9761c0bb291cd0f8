import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { uuidv7 } from '../../../core/ids.js';
import { timelinePublisher } from '../../../core/timeline/timeline.js';
import { timelineRepository } from './timeline-repository.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('the timeline repository', () => {
  // Every role that reads timelines today also sees sensitive data: the rule is kept in SQL for the
  // day a role reads one without, and checked here where the reader can be made up.
  it('leaves sensitive events out for a reader who may not see them, in the page, the total and the counts', async () => {
    const organizationId = uuidv7();
    const personId = uuidv7();
    const userId = uuidv7();
    const publisher = timelinePublisher(database.db, () => new Date(), uuidv7);
    for (const sensitive of [true, false, false]) {
      await publisher.publish({
        organizationId,
        personId,
        occurredAt: new Date('2026-01-01T09:00:00Z'),
        module: 'people',
        kind: sensitive ? 'person.status_changed' : 'consent.given',
        resourceType: 'person',
        resourceId: personId,
        sensitive,
        recordedBy: userId,
      });
    }
    const repo = timelineRepository(database.db);
    const filters = { modules: [], kinds: [] };
    for (const seesSensitive of [true, false]) {
      const scope = { organizationId, personId, reader: { userId, seesSensitive } };
      const page = await repo.page(scope, filters, 10, { offset: 0 });
      expect(page.some((e) => e.sensitive)).toBe(seesSensitive);
      expect(await repo.count(scope, filters)).toBe(seesSensitive ? 3 : 2);
      expect(await repo.countsByModule(scope)).toEqual([{ module: 'people', count: seesSensitive ? 3 : 2 }]);
    }
  });
});
