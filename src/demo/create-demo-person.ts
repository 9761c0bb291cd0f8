import type { RequestContext } from '../core/auth/actor.js';
import type { Deps } from '../core/use-case.js';
import { createPerson } from '../modules/people/use-cases/create-person.js';
import type { PersonDraft } from './people.js';
import type { Random } from './random.js';

const cefr = ['A1', 'A2', 'B1', 'B2', 'C1'] as const;
const fields = [
  'Civil engineering',
  'Nursing',
  'Accounting',
  'Teaching',
  'Computer science',
  'Pharmacy',
  'Electricity',
  'Law',
];
const occupations = [
  'Civil engineer',
  'Nurse',
  'Accountant',
  'Teacher',
  'Software developer',
  'Pharmacist',
  'Electrician',
  'Driver',
  'Cook',
  'Tailor',
];

/** Registers one synthetic person through the people module, as the counselor who enrols them. */
export async function createDemoPerson(
  deps: Deps,
  ctx: RequestContext,
  draft: PersonDraft,
  random: Random,
  intakeOn?: string,
): Promise<string> {
  const hostLanguage = draft.country === 'FR' || (draft.country === 'CA' && random.chance(0.7)) ? 'fr' : 'en';
  const scale = draft.country === 'CA' ? (hostLanguage === 'fr' ? 'nclc' : 'clb') : 'cefr';
  const level = scale === 'cefr' ? random.pick(cefr) : String(random.int(2, 9));
  const identifiedOn = draft.statusDate ?? draft.arrivalDate ?? '2025-01-01';
  const { id } = await createPerson(deps)(ctx, {
    intakeOn,
    identity: {
      givenName: draft.givenName.latin,
      familyName: draft.familyName.latin,
      givenNameOriginal: draft.givenName.original === draft.givenName.latin ? null : draft.givenName.original,
      familyNameOriginal:
        draft.familyName.original === draft.familyName.latin ? null : draft.familyName.original,
      sex: draft.sex,
      birthDate: draft.birthDate,
      nationality: draft.origin.country,
      city: draft.city || null,
      region: draft.region || null,
      country: draft.country,
      preferredLanguage: draft.origin.languages[0] ?? null,
      immigrationStatus: draft.status,
      statusDate: draft.statusDate,
      asylumApplicationDate: draft.asylumApplicationDate,
      arrivalDate: draft.arrivalDate,
    },
    languages: [
      ...draft.origin.languages.slice(0, 1).map((language) => ({ language, motherTongue: true })),
      { language: hostLanguage, scale, skill: 'overall' as const, level },
    ],
    education: draft.hasForeignDegree
      ? [
          {
            iscedLevel: random.int(5, 7),
            field: random.pick(fields),
            country: draft.origin.country,
            obtainedAbroad: true,
            yearCompleted: Number(draft.birthDate.slice(0, 4)) + random.int(21, 26),
          },
        ]
      : [],
    experience: random.chance(0.7)
      ? [
          {
            occupationLabel: random.pick(occupations),
            country: draft.origin.country,
            startYear: Number(draft.birthDate.slice(0, 4)) + 20,
            endYear: Number(draft.birthDate.slice(0, 4)) + 20 + random.int(1, 8),
          },
        ]
      : [],
    barriers: [
      ...(level === 'A1' || level === 'A2' || Number(level) < 5
        ? [{ category: 'language' as const, identifiedOn }]
        : []),
      ...(random.chance(0.35) ? [{ category: 'housing' as const, identifiedOn }] : []),
      ...(random.chance(0.2) ? [{ category: 'mobility' as const, identifiedOn }] : []),
      ...(random.chance(0.1) ? [{ category: 'health' as const, identifiedOn }] : []),
    ],
    household: Array.from({ length: draft.householdSize - 1 }, (_, index) => ({
      relation: index === 0 && draft.householdSize > 2 ? ('spouse' as const) : ('child' as const),
      birthYear:
        index === 0 && draft.householdSize > 2
          ? Number(draft.birthDate.slice(0, 4)) + random.int(-3, 3)
          : 2010 + random.int(0, 15),
    })),
    consents: [{ purpose: 'program_data_processing', givenOn: identifiedOn }],
  });
  return id;
}
