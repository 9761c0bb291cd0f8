import type { z } from 'zod';
import type { intakeBody } from '../../../contracts/intake.js';
import type { intakeSources } from '../../../contracts/programs.js';
import { type EducationLevel, educationLevels, type IdentityInput } from '../../api/people.js';
import { todayInOrganization } from '../../format.js';

export type IntakeSource = (typeof intakeSources)[number];
type IntakeBody = z.input<typeof intakeBody>;

/** Everything the intake form holds, as typed (empty strings for what is not given). */
export interface IntakeDraft {
  firstName: string;
  lastName: string;
  originalFirstName: string;
  originalLastName: string;
  birthDate: string;
  sex: string;
  nationality: string;
  phone: string;
  email: string;
  address: string;
  city: string;
  region: string;
  country: string;
  preferredLanguage: string;
  immigrationStatus: string;
  asylumApplicationDate: string;
  statusDate: string;
  arrivalDate: string;
  languages: { language: string; level: string }[];
  educationLevel: string;
  hasForeignDegree: boolean;
  consentGiven: boolean;
  consentGivenOn: string;
  otherConsents: string[];
  programId: string;
  referralSource: IntakeSource | '';
  partnerName: string;
  sourceNote: string;
  justification: string;
}

/** Today in the organization's calendar (its time zone), not UTC's: the consent is given today there. */
export const today = () => todayInOrganization();

export const emptyDraft = (): IntakeDraft => ({
  firstName: '',
  lastName: '',
  originalFirstName: '',
  originalLastName: '',
  birthDate: '',
  sex: '',
  nationality: '',
  phone: '',
  email: '',
  address: '',
  city: '',
  region: '',
  country: '',
  preferredLanguage: '',
  immigrationStatus: '',
  asylumApplicationDate: '',
  statusDate: '',
  arrivalDate: '',
  languages: [{ language: '', level: '' }],
  educationLevel: '',
  hasForeignDegree: false,
  consentGiven: false,
  consentGivenOn: today(),
  otherConsents: [],
  programId: '',
  referralSource: '',
  partnerName: '',
  sourceNote: '',
  justification: '',
});

/** The steps, in order; each field sits on one so that an error brings the counselor back there. */
export const intakeSteps = [
  'identity',
  'duplicates',
  'contact',
  'situation',
  'consent',
  'program',
  'confirm',
] as const;
export type IntakeStep = (typeof intakeSteps)[number];

const stepOfField: Record<string, IntakeStep> = {
  firstName: 'identity',
  lastName: 'identity',
  originalFirstName: 'identity',
  originalLastName: 'identity',
  birthDate: 'identity',
  sex: 'identity',
  nationality: 'identity',
  phone: 'contact',
  email: 'contact',
  address: 'contact',
  city: 'contact',
  region: 'contact',
  country: 'contact',
  preferredLanguage: 'contact',
  immigrationStatus: 'situation',
  asylumApplicationDate: 'situation',
  statusDate: 'situation',
  arrivalDate: 'situation',
  languages: 'situation',
  educationLevel: 'situation',
  consentGivenOn: 'consent',
  consentGiven: 'consent',
  programId: 'program',
  referralSource: 'program',
  partnerName: 'program',
  sourceNote: 'program',
  justification: 'program',
};

export function stepOf(field: string): IntakeStep {
  return stepOfField[field.split('.')[0] ?? ''] ?? 'confirm';
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** The person's part of the body: the same for the check before saving and for the intake. */
export function personBodyOf(draft: IntakeDraft): IntakeBody['person'] {
  const education = draft.educationLevel
    ? [
        {
          iscedLevel: educationLevels[draft.educationLevel as EducationLevel],
          obtainedAbroad: draft.hasForeignDegree,
        },
      ]
    : [];
  return {
    identity: {
      givenName: draft.firstName.trim(),
      familyName: draft.lastName.trim(),
      givenNameOriginal: orNull(draft.originalFirstName),
      familyNameOriginal: orNull(draft.originalLastName),
      birthDate: orNull(draft.birthDate),
      sex: (orNull(draft.sex) as IdentityInput['sex']) ?? null,
      nationality: orNull(draft.nationality),
      phone: orNull(draft.phone),
      email: orNull(draft.email),
      address: orNull(draft.address),
      city: orNull(draft.city),
      region: orNull(draft.region),
      country: orNull(draft.country),
      preferredLanguage: orNull(draft.preferredLanguage),
      immigrationStatus: (orNull(draft.immigrationStatus) as IdentityInput['immigrationStatus']) ?? null,
      asylumApplicationDate:
        draft.immigrationStatus === 'asylum_seeker' ? orNull(draft.asylumApplicationDate) : null,
      statusDate: draft.immigrationStatus === 'asylum_seeker' ? null : orNull(draft.statusDate),
      arrivalDate: orNull(draft.arrivalDate),
    },
    languages: draft.languages
      .filter((entry) => entry.language)
      .map((entry) =>
        entry.level === 'native'
          ? { language: entry.language, motherTongue: true }
          : {
              language: entry.language,
              motherTongue: false,
              scale: 'cefr' as const,
              skill: 'overall' as const,
              level: entry.level || null,
            },
      ),
    education,
  };
}

export function intakeBodyOf(draft: IntakeDraft, override: boolean): IntakeBody {
  const note = [draft.partnerName.trim(), draft.sourceNote.trim()].filter(Boolean).join(' — ') || null;
  return {
    person: personBodyOf(draft),
    consent: {
      givenOn: draft.consentGivenOn,
      otherPurposes: draft.otherConsents as NonNullable<IntakeBody['consent']['otherPurposes']>,
    },
    enrolment:
      draft.programId && draft.referralSource
        ? {
            programId: draft.programId,
            intake: { source: draft.referralSource, note },
            override: override ? { justification: draft.justification.trim() } : undefined,
          }
        : undefined,
  };
}

/** The form's field for an API error path (`person.identity.givenName` → `firstName`). */
export function draftFieldOf(apiPath: string): string {
  const path = apiPath.replace(/^body\./, '').replace(/^person\./, '');
  const identity: Record<string, string> = {
    givenName: 'firstName',
    familyName: 'lastName',
    givenNameOriginal: 'originalFirstName',
    familyNameOriginal: 'originalLastName',
  };
  const identityField = path.match(/^identity\.(\w+)/)?.[1];
  if (identityField) return identity[identityField] ?? identityField;
  const language = path.match(/^languages\.(\d+)\.(\w+)/);
  if (language) return `languages.${language[1]}.${language[2] === 'level' ? 'level' : 'language'}`;
  if (path.startsWith('education')) return 'educationLevel';
  if (path.startsWith('consent')) return 'consentGivenOn';
  if (path.startsWith('enrolment.override')) return 'justification';
  if (path.startsWith('enrolment.intake')) return 'referralSource';
  if (path.startsWith('enrolment')) return 'programId';
  return path;
}
