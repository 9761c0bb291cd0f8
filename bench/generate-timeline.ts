import { sql } from 'kysely';
import type { Db } from '../src/core/db/types.js';
import { uuidv7 } from '../src/core/ids.js';
import '../src/core/timeline/tables.js';
import { seededRandom } from '../src/demo/random.js';

/** What a file's story is made of, with how often each kind comes up. */
const kinds: { module: string; kind: string; resourceType: string; weight: number; allDay?: boolean }[] = [
  { module: 'follow-up', kind: 'appointment.held', resourceType: 'appointment', weight: 30 },
  { module: 'follow-up', kind: 'note.written', resourceType: 'note', weight: 15 },
  { module: 'plans', kind: 'plan.goal_added', resourceType: 'plan_goal', weight: 10 },
  { module: 'plans', kind: 'plan.step_done', resourceType: 'plan_step', weight: 10 },
  { module: 'sessions', kind: 'session.attended', resourceType: 'session_series', weight: 15 },
  { module: 'documents', kind: 'document.added', resourceType: 'document', weight: 8 },
  { module: 'people', kind: 'consent.given', resourceType: 'consent', weight: 3, allDay: true },
  { module: 'people', kind: 'person.status_changed', resourceType: 'person', weight: 2 },
  { module: 'programs', kind: 'enrolment.started', resourceType: 'enrolment', weight: 4, allDay: true },
  { module: 'loan-fund', kind: 'loan.disbursed', resourceType: 'loan', weight: 3, allDay: true },
];
const totalWeight = kinds.reduce((sum, k) => sum + k.weight, 0);

function weightedKind(point: number) {
  let left = point;
  for (const kind of kinds) {
    left -= kind.weight;
    if (left < 0) return kind;
  }
  return kinds[0]!;
}

/**
 * Writes a timeline for every person of the bench, straight into `timeline_events` (the bench sets
 * the scene; what it measures goes through HTTP). Most files have a few to twenty events over two
 * years; one in fifty is a long accompaniment of 50 to 150 events. Returns people of `organizationId`
 * with at least 50 events, for the scenario that reads one page of 50.
 */
export async function generateTimeline(
  db: Db,
  options: { organizationId: string; recordedBy: string; seed: number },
): Promise<{ events: number; longPersonIds: string[] }> {
  const random = seededRandom(options.seed);
  const people = await sql<{ id: string; organization_id: string }>`
    SELECT id, organization_id FROM people ORDER BY id
  `.execute(db);
  const end = Date.now();
  const twoYears = 730 * 86_400_000;
  const longPersonIds: string[] = [];
  let rows: Record<string, unknown>[] = [];
  let events = 0;
  const flush = async () => {
    if (rows.length === 0) return;
    await db
      .insertInto('timeline_events')
      .values(rows as never)
      .execute();
    events += rows.length;
    rows = [];
  };
  const now = new Date();
  for (const person of people.rows) {
    const long = random.chance(0.02);
    const count = long ? random.int(50, 150) : random.int(2, 20);
    if (long && person.organization_id === options.organizationId) longPersonIds.push(person.id);
    const start = end - twoYears * (0.2 + 0.8 * random.next());
    rows.push(row(person, 'people', 'person.registered', 'person', new Date(start), false, false, null));
    for (let n = 1; n < count; n++) {
      const kind = weightedKind(random.next() * totalWeight);
      const at = new Date(start + (end - start) * random.next());
      if (kind.allDay) at.setUTCHours(12, 0, 0, 0);
      const restricted = kind.kind === 'note.written' && random.chance(0.2) ? [options.recordedBy] : null;
      rows.push(
        row(
          person,
          kind.module,
          kind.kind,
          kind.resourceType,
          at,
          kind.allDay ?? false,
          kind.kind === 'person.status_changed',
          restricted,
        ),
      );
    }
    if (rows.length >= 2000) await flush();
  }
  await flush();
  return { events, longPersonIds };

  function row(
    person: { id: string; organization_id: string },
    module: string,
    kind: string,
    resourceType: string,
    occurredAt: Date,
    allDay: boolean,
    sensitive: boolean,
    restrictedTo: string[] | null,
  ) {
    return {
      id: uuidv7(),
      organization_id: person.organization_id,
      person_id: person.id,
      occurred_at: occurredAt,
      all_day: allDay,
      module,
      kind,
      resource_type: resourceType,
      resource_id: resourceType === 'person' ? person.id : uuidv7(),
      sensitive,
      restricted_to: restrictedTo ? JSON.stringify(restrictedTo) : null,
      data: JSON.stringify(kind === 'plan.goal_added' ? { title: 'Obtenir le niveau B1' } : {}),
      recorded_by: options.recordedBy,
      recorded_at: now,
    };
  }
}
