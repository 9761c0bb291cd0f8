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
/**
 * ESCO occupations (id, English label, French label as ESCO gives it, masculine/feminine): the file
 * shows them in the language of the team that records them, a French team's in French.
 */
export const demoOccupations = [
  ['d7d986e1-7333-431b-9719-0c5c6939e360', 'civil engineer', 'ingénieur génie civil/ingénieure génie civil'],
  [
    '8d3e8aaa-791b-4c75-a465-f3f827028f50',
    'nurse responsible for general care',
    'infirmier de soins généraux/infirmière de soins généraux',
  ],
  ['eda0d957-3c3c-4139-b89a-a18bc9e18897', 'accountant', 'comptable'],
  [
    '5efb2c08-ba3a-4659-a2e4-1883f54e77b6',
    'secondary school teacher',
    "chargé/chargée d'enseignement général du second degré",
  ],
  [
    'f2b15a0e-e65a-438a-affb-29b9d50b77d1',
    'software developer',
    'développeur de logiciels/développeuse de logiciels',
  ],
  ['7c132147-428b-4ea3-87e1-70f7abb691ce', 'pharmacist', 'pharmacien/pharmacienne'],
  [
    '5dbb9cf0-b226-402c-a295-2f42ef05ff8b',
    'domestic electrician',
    'électricien d’équipements domestiques/électricienne d’équipements domestiques',
  ],
  ['6f7c1e84-8162-4c20-a575-b57ff624eef5', 'taxi driver', 'chauffeur de taxi/chauffeuse de taxi'],
  ['90f75f67-495d-49fa-ab57-2f320e251d7e', 'cook', 'cuisinier/cuisinière'],
  ['978ae3a2-0831-415a-8396-b84dde656fc5', 'tailor', 'tailleur/tailleuse'],
] as const;

/** ESCO's "masculine/feminine" French label, for this person; the English one as it is. */
export function occupationLabel(
  [, english, french]: (typeof demoOccupations)[number],
  language: 'fr' | 'en',
  sex: 'female' | 'male',
): string {
  if (language === 'en') return english.charAt(0).toUpperCase() + english.slice(1);
  const [masculine, feminine] = french.split('/');
  const label = sex === 'female' && feminine ? feminine : (masculine ?? french);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Registers one synthetic person through the people module, as the counselor who enrols them. */
export async function createDemoPerson(
  deps: Deps,
  ctx: RequestContext,
  draft: PersonDraft,
  random: Random,
  intakeOn?: string,
): Promise<string> {
  const hostLanguage = draft.country === 'FR' || (draft.country === 'CA' && random.chance(0.7)) ? 'fr' : 'en';
  // The team records in its own language: French in France and Québec, English in the US.
  const teamLanguage: 'fr' | 'en' = draft.country === 'US' ? 'en' : 'fr';
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
            ...((occupation) => ({
              occupationLabel: occupationLabel(occupation, teamLanguage, draft.sex),
              escoId: occupation[0],
            }))(random.pick(demoOccupations)),
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
