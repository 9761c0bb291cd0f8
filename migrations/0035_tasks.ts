import { type Kysely, sql } from 'kysely';

/**
 * Staff to-dos: a title, an optional note, a due day, on a person or not, assigned to a colleague of the
 * same organization, done or not. A task on a person is part of the person's accompaniment: it follows
 * the processing restriction of migration 0027 like every other such table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE tasks (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid REFERENCES people (id),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      note text,
      due_on date NOT NULL,
      assignee_user_id uuid NOT NULL REFERENCES users (id),
      created_by uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      done_at timestamptz,
      done_by uuid REFERENCES users (id),
      CHECK ((done_at IS NULL) = (done_by IS NULL))
    )
  `.execute(db);
  await sql`CREATE INDEX tasks_assignee ON tasks (organization_id, assignee_user_id, due_on)`.execute(db);
  await sql`CREATE INDEX tasks_person ON tasks (person_id) WHERE person_id IS NOT NULL`.execute(db);
  await sql`
    CREATE TRIGGER tasks_processing_restricted BEFORE INSERT OR UPDATE OR DELETE ON tasks
    FOR EACH ROW EXECUTE FUNCTION person_processing_guard('person_id')
  `.execute(db);
}
