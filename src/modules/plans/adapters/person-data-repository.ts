import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/** The plans module's SQL for the person's rights: their plans as stored, and their anonymization. */
export function plansPersonDataRepository(db: Executor) {
  return {
    async plans(organizationId: string, personId: string) {
      const [plans, goals, steps] = await Promise.all([
        db
          .selectFrom('plans')
          .selectAll()
          .where('organization_id', '=', organizationId)
          .where('person_id', '=', personId)
          .orderBy('created_at')
          .execute(),
        db
          .selectFrom('plan_goals')
          .selectAll()
          .where('organization_id', '=', organizationId)
          .where('person_id', '=', personId)
          .orderBy('position')
          .execute(),
        db
          .selectFrom('plan_steps')
          .selectAll()
          .where('organization_id', '=', organizationId)
          .where('person_id', '=', personId)
          .orderBy('position')
          .execute(),
      ]);
      return { plans, goals, steps };
    },
    /**
     * Names of contacts, employers and witnesses, barrier descriptions, reasons and evidence notes
     * go (partners, being organizations, stay); kinds, statuses and dates stay, so that the funder's
     * figures stay the same.
     */
    async anonymize(organizationId: string, personId: string) {
      const plans = await db
        .selectFrom('plans')
        .select(['id', 'barriers'])
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .execute();
      for (const plan of plans)
        await db
          .updateTable('plans')
          .set({
            barriers: JSON.stringify(
              plan.barriers.map((b) => ({ kind: b.kind, description: '-', mitigation: '-' })),
            ),
            local_employers: '[]',
            contacts: '[]',
            credential_recognition: null,
            signed_witness: null,
          })
          .where('id', '=', plan.id)
          .execute();
      const steps = await db
        .updateTable('plan_steps')
        .set((eb) => ({
          // An abandoned step keeps a reason (a constraint), not the one written; a partner stays named.
          abandoned_reason: eb.case().when('status', '=', 'abandoned').then('-').else(null).end(),
          evidence_note: null,
        }))
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      await db
        .updateTable('plan_changes')
        .set({ label: null })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .execute();
      return { plans: plans.length, steps: Number(steps.numUpdatedRows) };
    },
  };
}
