import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { createPathway } from '../../src/modules/recognition/use-cases/create-pathway.js';
import { givenStaff } from './fixtures.js';
import { givenLoanFundScene } from './loan-fund-scene.js';
import type { TestDatabase } from './test-database.js';

/**
 * The Louisville working group: the Office for Immigrant Affairs keeps the catalogue and coordinates
 * the consortium the community lender belongs to (so the lender reads its shared pathways), an outsider
 * reads nothing; the lender's fund finances exams, courses and translations (not evaluations nor licence
 * fees). A registered-nurse pathway for Kentucky with four steps, in force since 2026-01-01. The clock
 * stands on 2026-06-01.
 */
export async function givenRecognitionScene(database: TestDatabase) {
  const loans = await givenLoanFundScene(database);
  const { deps, staff, partner } = loans;
  const administrator = await givenStaff(database.db, partner.id, 'administrator');
  const director = await givenStaff(database.db, partner.id, 'director');
  const nurseSteps = [
    {
      kind: 'credential_evaluation' as const,
      labelFr: 'Évaluation des diplômes (CGFNS)',
      labelEn: 'Credentials evaluation (CGFNS)',
      evaluator: 'CGFNS International',
      reportType: 'Credentials Evaluation Service Professional Report',
      typicalCostCents: 35_000,
      currency: 'USD' as const,
      typicalDurationDays: 60,
      sourceUrl: 'https://www.cgfns.org/',
    },
    {
      kind: 'language_test' as const,
      labelFr: 'Test d’anglais',
      labelEn: 'English test',
      languageTest: 'IELTS Academic',
      levelRequired: '6.5 overall, 7.0 speaking',
      typicalCostCents: 25_000,
      currency: 'USD' as const,
      typicalDurationDays: 30,
    },
    {
      kind: 'exam' as const,
      labelFr: 'Examen NCLEX-RN',
      labelEn: 'NCLEX-RN exam',
      typicalCostCents: 20_000,
      currency: 'USD' as const,
      typicalDurationDays: 90,
    },
    {
      kind: 'application_fee' as const,
      labelFr: 'Demande de licence (Kentucky Board of Nursing)',
      labelEn: 'Licence application (Kentucky Board of Nursing)',
      typicalCostCents: 16_500,
      currency: 'USD' as const,
      typicalDurationDays: 30,
    },
  ];
  const nurse = await createPathway(deps)(staff.coordinator, {
    occupation: { scheme: 'onet', code: '29-1141.00' },
    jurisdiction: 'US-KY',
    regulated: true,
    regulatorName: 'Kentucky Board of Nursing',
    regulatorUrl: 'https://kbn.ky.gov/',
    illustrative: true,
    firstVersion: { effectiveOn: '2026-01-01', steps: nurseSteps },
  });

  /** A person the partner follows, who agreed to share their file with the lender unless told otherwise. */
  async function givenPerson(givenName: string, options: { consent?: boolean } = {}) {
    const person = await createPerson(deps)(staff.counselor, {
      identity: { givenName, familyName: 'Okafor', preferredLanguage: 'en' },
      consents:
        options.consent === false
          ? []
          : [
              {
                purpose: 'sharing_with_partners',
                partnerOrganizationIds: [loans.lender.id],
                givenOn: '2026-01-01',
              },
            ],
    });
    return person.id;
  }

  return { ...loans, staff: { ...staff, administrator, director }, nurse, nurseSteps, givenPerson };
}
