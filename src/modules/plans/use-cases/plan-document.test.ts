import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnLines, infoEntry, prose } from '../../../../test/support/pdf-text.js';
import { givenPlanScene, inflatedPdf } from '../../../../test/support/plan-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { addGoal } from './add-goal.js';
import { addStep } from './add-step.js';
import { changeStepStatus } from './change-step-status.js';
import { createPlan } from './create-plan.js';
import { planDocument } from './plan-document.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenPlanScene>>;
let planId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenPlanScene(database);
  const { deps, staff, personId } = scene;
  planId = (
    await createPlan(deps)(staff.counselor, {
      personId,
      language: 'en',
      targetField: 'Civil engineering',
      targetJobTitles: ['Civil engineer'],
      // Kept by its id (the URI is accepted) and printed by its name in the document's language.
      escoOccupationId: 'http://data.europa.eu/esco/occupation/d7d986e1-7333-431b-9719-0c5c6939e360',
      barriers: [
        { kind: 'childcare', description: 'Two children under 5', mitigation: 'Head Start enrolment' },
      ],
      experienceOpportunities: [{ kind: 'job_visit', title: 'Site visit', organization: 'MoDOT' }],
    })
  ).id;
  const goal = await addGoal(deps)(staff.counselor, {
    planId,
    kind: 'licensure',
    title: 'PE licence in Missouri',
  });
  const fe = await addStep(deps)(staff.counselor, {
    goalId: goal.id,
    title: 'Pass the FE exam',
    dueOn: '2026-01-15',
    actor: 'person',
  });
  await addStep(deps)(staff.counselor, {
    goalId: goal.id,
    title: 'Build the NCEES record',
    dueOn: '2026-06-01',
    actor: 'person',
  });
  await addStep(deps)(staff.counselor, {
    goalId: goal.id,
    title: 'Late step',
    dueOn: '2026-02-01',
    actor: 'counselor',
  });
  await changeStepStatus(deps)(staff.counselor, { stepId: fe.id, status: 'done', onDate: '2026-01-14' });
});
afterAll(() => database.close());

describe('the plan as PDF', () => {
  it("prints the plan in its language, with progress, overdue steps and the person's name", async () => {
    const { filename, pdf } = await planDocument(scene.deps)(scene.staff.counselor, { planId });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(filename).toBe('plan-Haddad-Omar-en.pdf');
    expect(infoEntry(pdf, 'Title')).toBe('Individual career plan — Omar Haddad');
    const text = prose(drawnLines(inflatedPdf(pdf)));
    expect(text).toContain('Participant: Omar Haddad');
    expect(text).toContain('1 of 3 steps done (33 %)');
    expect(text).toContain('ESCO occupation: Civil engineer');
    expect(text).toContain('Licensure — PE licence in Missouri');
    expect(text).toContain('[Done] Pass the FE exam (you, done on January 14, 2026)');
    expect(text).toContain('OVERDUE — [Planned] Late step (your counselor, due February 1, 2026)');
    expect(text).toContain('Childcare: Two children under 5 — Strategy: Head Start enrolment');
    expect(text).toContain('Job visit: Site visit (MoDOT)');
    expect(text).toContain('Not signed yet.');
  });

  it('prints in French when asked, and audits the print', async () => {
    const { pdf, filename } = await planDocument(scene.deps)(scene.staff.coordinator, {
      planId,
      locale: 'fr',
    });
    expect(filename.endsWith('-fr.pdf')).toBe(true);
    const text = prose(drawnLines(inflatedPdf(pdf)));
    expect(text).toContain('Plan individuel de parcours professionnel');
    expect(text).toContain('1 étape(s) réalisée(s) sur 3 (33 %)');
    // The person's sex is not recorded: both forms, as ESCO writes them.
    expect(text).toContain('Métier ESCO : Ingénieur génie civil/ingénieure génie civil');
    expect(text).toContain('Autorisation d’exercer — PE licence in Missouri');
    expect(text).toContain('réalisée le 14 janvier 2026');
    const audit = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'plan.print')
      .execute();
    expect(audit.map((a) => a.details)).toEqual([
      { locale: 'en', revision: 6 },
      { locale: 'fr', revision: 6 },
    ]);
  });

  it('is not printed for another organization or a funder', async () => {
    await expect(planDocument(scene.deps)(scene.staff.outsider, { planId })).rejects.toMatchObject({
      code: 'PLAN_NOT_FOUND',
    });
    await expect(planDocument(scene.deps)(scene.staff.funder, { planId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
