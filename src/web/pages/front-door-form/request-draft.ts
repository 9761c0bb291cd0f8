import type { FrontDoorRequestBody } from '../../../contracts/front-door.js';
import type { FrontDoorLanguage } from './form-i18n.js';

/** What the form holds while the person types: text everywhere, turned into a request on sending. */
export interface RequestDraft {
  givenName: string;
  familyName: string;
  birthYear: string;
  email: string;
  phone: string;
  livesIn: 'canada' | 'abroad';
  placeCode: string | null;
  country: string;
  city: string;
  status: string;
  languages: { code: string; level: string }[];
  occupation: string;
  /** The ESCO occupation picked among the suggestions; cleared when the text no longer is its label. */
  occupationCode: string | null;
  regionsSought: string[];
  anyRegion: boolean;
  communityKinds: string[];
  communityNeeds: string[];
  household: { relation: string; givenName: string; birthYear: string }[];
  message: string;
  consent: boolean;
  website: string;
}

export const emptyDraft = (): RequestDraft => ({
  givenName: '',
  familyName: '',
  birthYear: '',
  email: '',
  phone: '',
  livesIn: 'canada',
  placeCode: null,
  country: '',
  city: '',
  status: '',
  languages: [],
  occupation: '',
  occupationCode: null,
  regionsSought: [],
  anyRegion: false,
  communityKinds: [],
  communityNeeds: [],
  household: [],
  message: '',
  consent: false,
  website: '',
});

const year = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : undefined);
const optional = (text: string) => (text.trim() ? text.trim() : undefined);

/** The request as the contract reads it; the server checks everything again. */
export function requestBodyOf(draft: RequestDraft, language: FrontDoorLanguage): FrontDoorRequestBody {
  return {
    language,
    givenName: draft.givenName.trim(),
    familyName: optional(draft.familyName),
    birthYear: year(draft.birthYear),
    email: optional(draft.email),
    phone: optional(draft.phone),
    residence:
      draft.livesIn === 'canada'
        ? { country: 'CA', placeCode: draft.placeCode ?? undefined }
        : { country: draft.country.trim().toUpperCase(), city: optional(draft.city) },
    status: (draft.status || undefined) as FrontDoorRequestBody['status'],
    languages: draft.languages as FrontDoorRequestBody['languages'],
    occupation: optional(draft.occupation),
    occupationCode: draft.occupationCode ?? undefined,
    regionsSought: draft.anyRegion ? [] : draft.regionsSought,
    anyRegion: draft.anyRegion,
    communityKinds: draft.communityKinds as FrontDoorRequestBody['communityKinds'],
    communityNeeds: draft.communityNeeds as FrontDoorRequestBody['communityNeeds'],
    household: draft.household.map((member) => ({
      relation: member.relation as FrontDoorRequestBody['household'][number]['relation'],
      givenName: optional(member.givenName),
      birthYear: year(member.birthYear) as number,
    })),
    message: optional(draft.message),
    consent: draft.consent as true,
    website: optional(draft.website),
  };
}

/** Languages offered in the list, named by the browser in the page's language. */
export const spokenLanguageCodes = [
  'fr',
  'en',
  'ar',
  'es',
  'fa',
  'ps',
  'uk',
  'ru',
  'zh',
  'pt',
  'sw',
  'ti',
  'am',
  'so',
  'ln',
  'rw',
  'ht',
  'tr',
  'ur',
  'hi',
  'bn',
  'ta',
  'vi',
  'tl',
  'de',
  'it',
  'ro',
  'pl',
] as const;
