import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { privacyHoldOf } from './caseload-repository.js';
import './tables.js';

/** What matching reads of a file: who, where they live, their languages, education and past jobs. */
export interface MatchingProfileRow {
  id: string;
  givenName: string;
  familyName: string;
  sex: 'female' | 'male' | 'other' | null;
  city: string | null;
  region: string | null;
  country: string | null;
  referentUserId: string | null;
  languages: {
    language: string;
    scale: 'cefr' | 'clb' | 'nclc' | null;
    skill: string | null;
    level: string | null;
  }[];
  iscedLevels: number[];
  experience: { escoId: string | null; label: string }[];
  consents: {
    purpose: string;
    partnerOrganizationIds: string[];
    givenOn: string;
    expiresOn: string | null;
    revokedOn: string | null;
  }[];
}

export interface MatchingProfileScope {
  organizationId: string;
  /** One person, or the whole caseload (optionally one referent's). */
  personId?: string;
  referentUserId?: string;
  limit: number;
}

/**
 * In five statements however many people: the files (restricted and anonymized ones left out, as in
 * the caseload), then each kind of item of those files, read by the organization's index.
 */
export function matchingProfilesRepository(db: Executor) {
  return {
    async profiles(scope: MatchingProfileScope): Promise<MatchingProfileRow[]> {
      const people = await db
        .selectFrom('people')
        .select([
          'people.id',
          'people.given_name as givenName',
          'people.family_name as familyName',
          'people.sex',
          'people.city',
          'people.region',
          'people.country',
          'people.referent_user_id as referentUserId',
        ])
        .where('people.organization_id', '=', scope.organizationId)
        .where((eb) => eb.not(eb.exists(privacyHoldOf(eb))))
        .$if(scope.personId !== undefined, (q) => q.where('people.id', '=', scope.personId!))
        .$if(scope.referentUserId !== undefined, (q) =>
          q.where('people.referent_user_id', '=', scope.referentUserId!),
        )
        .orderBy('people.id')
        .limit(scope.limit)
        .execute();
      if (people.length === 0) return [];
      const ids = people.map((p) => p.id);
      // The whole caseload: its items are read by the organization alone (a list of thousands of ids
      // costs more than the few items of files left out, which are dropped below).
      const wholeOrganization =
        scope.personId === undefined && scope.referentUserId === undefined && people.length < scope.limit;
      const inScope = wholeOrganization ? sql<boolean>`true` : sql<boolean>`person_id = ANY(${ids}::uuid[])`;
      const [languages, education, experience, consents] = await Promise.all([
        db
          .selectFrom('person_languages')
          .select(['person_id', 'language', 'scale', 'skill', 'level'])
          .where('organization_id', '=', scope.organizationId)
          .where(inScope)
          .execute(),
        db
          .selectFrom('person_education')
          .select(['person_id', 'isced_level'])
          .where('organization_id', '=', scope.organizationId)
          .where('isced_level', 'is not', null)
          .where(inScope)
          .execute(),
        db
          .selectFrom('person_experience')
          .select(['person_id', 'esco_id', 'occupation_label'])
          .where('organization_id', '=', scope.organizationId)
          .where(inScope)
          .execute(),
        db
          .selectFrom('consents')
          .select([
            'person_id',
            'purpose',
            'partner_organization_ids',
            'given_on',
            'expires_on',
            'revoked_on',
          ])
          .where('organization_id', '=', scope.organizationId)
          .where(inScope)
          .execute(),
      ]);
      const byPerson = new Map<string, MatchingProfileRow>(
        people.map((p) => [p.id, { ...p, languages: [], iscedLevels: [], experience: [], consents: [] }]),
      );
      for (const l of languages)
        byPerson.get(l.person_id)?.languages.push({
          language: l.language,
          scale: l.scale,
          skill: l.skill,
          level: l.level,
        });
      for (const e of education)
        if (e.isced_level !== null) byPerson.get(e.person_id)?.iscedLevels.push(e.isced_level);
      for (const x of experience)
        byPerson.get(x.person_id)?.experience.push({ escoId: x.esco_id, label: x.occupation_label });
      for (const c of consents)
        byPerson.get(c.person_id)?.consents.push({
          purpose: c.purpose,
          partnerOrganizationIds: c.partner_organization_ids,
          givenOn: String(c.given_on),
          expiresOn: c.expires_on === null ? null : String(c.expires_on),
          revokedOn: c.revoked_on === null ? null : String(c.revoked_on),
        });
      return [...byPerson.values()];
    },
  };
}
