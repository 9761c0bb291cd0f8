import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prose, textLines, usedFonts } from '../../../../test/support/pdf-text.js';
import { givenPlanScene } from '../../../../test/support/plan-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { addGoal } from './add-goal.js';
import { createPlan } from './create-plan.js';
import { planDocument } from './plan-document.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenPlanScene>>;
beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenPlanScene(database);
});
afterAll(() => database.close());

async function printedPlanOf(identity: Record<string, string>, goalTitle: string) {
  const { deps, staff } = scene;
  const { id: personId } = await createPerson(deps)(staff.counselor, {
    identity: { givenName: identity.givenName!, familyName: identity.familyName!, ...identity },
  });
  const { id: planId } = await createPlan(deps)(staff.counselor, { personId, language: 'fr' });
  await addGoal(deps)(staff.counselor, { planId, kind: 'job_search', title: goalTitle });
  const { pdf } = await planDocument(deps)(staff.counselor, { planId });
  return { pdf, text: prose(textLines(pdf)) };
}

describe('the plan PDF in every script', () => {
  it('prints Ağaoğlu with its ğ, in embedded fonts', async () => {
    const { pdf, text } = await printedPlanOf(
      { givenName: 'Zeynep', familyName: 'Ağaoğlu' },
      'Aide-soignante à Şişli',
    );
    expect(text).toContain('Zeynep Ağaoğlu');
    expect(text).toContain('Aide-soignante à Şişli');
    expect(text).not.toContain('Agaoglu');
    expect(usedFonts(pdf).every((f) => f.embedded)).toBe(true);
  });

  it('prints the name in its original script beside the Latin one: Ge’ez and Arabic', async () => {
    const geez = await printedPlanOf(
      { givenName: 'Abebe', familyName: 'Desalegn', givenNameOriginal: 'አበበ', familyNameOriginal: 'ደሳለኝ' },
      'ሥራ ፍለጋ',
    );
    expect(geez.text).toContain('Abebe Desalegn (አበበ ደሳለኝ)');
    expect(geez.text).toContain('ሥራ ፍለጋ');
    expect(geez.text).not.toContain('?');
    const arabic = await printedPlanOf(
      { givenName: 'Omar', familyName: 'Haddad', givenNameOriginal: 'عمر', familyNameOriginal: 'حداد' },
      'مهندس مدني',
    );
    expect(arabic.text).toContain('Omar Haddad (عمر حداد)');
    expect(arabic.text).toContain('مهندس مدني');
    expect(usedFonts(arabic.pdf).map((f) => f.baseFont)).toContainEqual(
      expect.stringMatching(/NotoSansArabic-Bold$/),
    );
  });
});
