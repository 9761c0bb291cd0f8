import type { RequestContext } from '../core/auth/actor.js';
import { addMonths, compareDates } from '../core/calendar.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import type { ImmigrationStatus } from '../modules/people/api.js';
import { enrolPerson } from '../modules/programs/use-cases/enrol-person.js';
import { createDemoPerson } from './create-demo-person.js';
import { type Origin, origins } from './names.js';
import { type Random, seededRandom } from './random.js';

export interface PersonDraft {
  origin: Origin;
  sex: 'female' | 'male';
  givenName: { original: string; latin: string };
  familyName: { original: string; latin: string };
  birthDate: string;
  status: ImmigrationStatus;
  asylumApplicationDate: string | null;
  statusDate: string | null;
  arrivalDate: string | null;
  hasForeignDegree: boolean;
  city: string;
  region: string;
  country: string;
  householdSize: number;
}

interface Enroller {
  organizationId: string;
  userId: string;
}

interface ProgramProfile {
  count: number;
  countries: string[];
  /** Where the person lives, given the index of the organization that enrols them. */
  place: (enrollerIndex: number) => { city: string; region: string; country: string };
  /** Builds the facts of one person enrolled on `enrolledOn`. */
  draft: (
    random: Random,
    enrolledOn: string,
    base: Pick<PersonDraft, 'origin' | 'sex' | 'givenName' | 'familyName'>,
  ) => PersonDraft;
}

const isoMinusYears = (date: string, years: number, random: Random) =>
  addMonths(date, -(years * 12 + random.int(0, 11)));

function baseIdentity(random: Random, countries: string[]) {
  const origin = origins[random.pick(countries)]!;
  const sex = random.chance(0.5) ? 'female' : 'male';
  return {
    origin,
    sex: sex as 'female' | 'male',
    givenName: random.pick(sex === 'female' ? origin.female : origin.male),
    familyName: random.pick(origin.family),
  };
}

const occitanieCities = [
  ['Toulouse', 'Occitanie'],
  ['Montpellier', 'Occitanie'],
  ['Perpignan', 'Occitanie'],
  ['Nîmes', 'Occitanie'],
  ['Albi', 'Occitanie'],
] as const;

function profiles(random: Random): Record<string, ProgramProfile> {
  return {
    ipr: {
      count: 110,
      countries: ['AF', 'SY', 'SD', 'ER', 'UA'],
      place: (enrollerIndex) => {
        const [city, region] = occitanieCities[enrollerIndex % occitanieCities.length]!;
        return { city, region, country: 'FR' };
      },
      draft: (r, enrolledOn, base) => {
        const protectedPerson = r.chance(0.45);
        const status: ImmigrationStatus = protectedPerson
          ? r.pick(['refugee', 'subsidiary_protection'] as const)
          : 'asylum_seeker';
        const applied = addMonths(enrolledOn, -r.int(7, 20));
        return {
          ...base,
          birthDate: isoMinusYears(enrolledOn, r.int(18, 24), r),
          status,
          asylumApplicationDate: applied,
          statusDate: protectedPerson ? addMonths(applied, r.int(4, 6)) : applied,
          arrivalDate: addMonths(applied, -r.int(0, 2)),
          hasForeignDegree: r.chance(0.15),
          householdSize: r.chance(0.8) ? 1 : r.int(2, 4),
          city: '',
          region: '',
          country: 'FR',
        };
      },
    },
    rcp: {
      count: 70,
      countries: ['AF', 'SY', 'UA', 'CD', 'ER'],
      place: () => ({ city: 'St. Louis', region: 'Missouri', country: 'US' }),
      draft: (r, enrolledOn, base) => {
        const arrival = addMonths(enrolledOn, -r.int(2, 50));
        return {
          ...base,
          birthDate: isoMinusYears(enrolledOn, r.int(22, 55), r),
          status: 'refugee',
          asylumApplicationDate: null,
          statusDate: arrival,
          arrivalDate: arrival,
          hasForeignDegree: r.chance(0.5),
          householdSize: r.int(1, 6),
          city: '',
          region: '',
          country: 'US',
        };
      },
    },
    icp: {
      count: 50,
      countries: ['VE', 'HT', 'SY', 'UA', 'CD'],
      place: () => ({ city: 'St. Louis', region: 'Missouri', country: 'US' }),
      draft: (r, enrolledOn, base) => {
        const arrival = addMonths(enrolledOn, -r.int(6, 120));
        return {
          ...base,
          birthDate: isoMinusYears(enrolledOn, r.int(25, 58), r),
          status: r.pick(['permanent_resident', 'work_permit'] as const),
          asylumApplicationDate: null,
          statusDate: arrival,
          arrivalDate: arrival,
          hasForeignDegree: true,
          householdSize: r.int(1, 5),
          city: '',
          region: '',
          country: 'US',
        };
      },
    },
    impulser: {
      count: 80,
      countries: ['AF', 'SD', 'ER', 'SY'],
      place: () => ({
        city: random.pick(['Bordeaux', 'Mérignac', 'Pessac', 'Bègles', 'Libourne']),
        region: 'Nouvelle-Aquitaine',
        country: 'FR',
      }),
      draft: (r, enrolledOn, base) => {
        const granted = addMonths(enrolledOn, -r.int(1, 30));
        return {
          ...base,
          birthDate: isoMinusYears(enrolledOn, r.int(19, 50), r),
          status: r.pick(['refugee', 'refugee', 'subsidiary_protection'] as const),
          asylumApplicationDate: addMonths(granted, -r.int(6, 18)),
          statusDate: granted,
          arrivalDate: addMonths(granted, -r.int(8, 24)),
          hasForeignDegree: r.chance(0.2),
          householdSize: r.int(1, 5),
          city: '',
          region: '',
          country: 'FR',
        };
      },
    },
    'emplois-en-regions': {
      count: 90,
      countries: ['HT', 'CD', 'VE', 'SY', 'UA'],
      place: () => ({ city: 'Montréal', region: 'Québec', country: 'CA' }),
      draft: (r, enrolledOn, base) => {
        const abroad = r.chance(0.15);
        const arrival = abroad ? null : addMonths(enrolledOn, -r.int(3, 96));
        return {
          ...base,
          birthDate: isoMinusYears(enrolledOn, r.int(24, 52), r),
          status: abroad
            ? 'csq_holder_abroad'
            : r.pick(['permanent_resident', 'permanent_resident', 'work_permit', 'refugee'] as const),
          asylumApplicationDate: null,
          statusDate: arrival ?? addMonths(enrolledOn, -r.int(1, 10)),
          arrivalDate: arrival,
          hasForeignDegree: r.chance(0.6),
          householdSize: r.int(1, 5),
          city: abroad ? '' : 'Montréal',
          region: abroad ? '' : 'Québec',
          country: abroad ? base.origin.country : 'CA',
        };
      },
    },
    'louisville-recredentialing': {
      count: 60,
      countries: ['AF', 'UA', 'CD', 'VE', 'HT', 'SY'],
      place: () => ({ city: 'Louisville', region: 'Kentucky', country: 'US' }),
      draft: (r, enrolledOn, base) => {
        const arrival = addMonths(enrolledOn, -r.int(6, 96));
        return {
          ...base,
          birthDate: isoMinusYears(enrolledOn, r.int(24, 55), r),
          status: r.pick(['refugee', 'permanent_resident', 'work_permit'] as const),
          asylumApplicationDate: null,
          statusDate: arrival,
          arrivalDate: arrival,
          hasForeignDegree: true,
          householdSize: r.int(1, 6),
          city: '',
          region: '',
          country: 'US',
        };
      },
    },
  };
}

/** A date between the program's start and today, weighted towards recent months. */
function enrolmentDate(random: Random, programStart: string, today: string): string {
  const months = Math.max(
    1,
    Math.round((Date.parse(today) - Date.parse(programStart)) / (30.44 * 86_400_000)),
  );
  const offset = Math.floor(Math.sqrt(random.next()) * months);
  const date = addMonths(programStart, offset);
  const day = random.int(1, 28);
  const candidate = `${date.slice(0, 8)}${String(day).padStart(2, '0')}`;
  return compareDates(candidate, today) > 0 ? today : candidate;
}

export async function loadDemoPeople(
  deps: Deps,
  options: { programIds: Map<string, string>; enrollers: Record<string, Enroller[]>; programStart: string },
): Promise<{ people: number; enrolments: number; enrolledByProgram: Map<string, string[]> }> {
  const random = seededRandom(20_261_123);
  const today = deps.clock.now().toISOString().slice(0, 10);
  const contexts = new Map<string, RequestContext>();
  const contextFor = async (enroller: Enroller): Promise<RequestContext> => {
    const key = `${enroller.organizationId}:${enroller.userId}`;
    const cached = contexts.get(key);
    if (cached) return cached;
    const actor = await buildActor(
      deps.db,
      { id: enroller.userId, displayName: 'demo', locale: 'fr' },
      'demo-loader',
      enroller.organizationId,
    );
    if (!actor) throw new Error('demo enroller without membership');
    const ctx: RequestContext = { actor, requestId: 'demo-loader', locale: 'fr', ip: null };
    contexts.set(key, ctx);
    return ctx;
  };
  let people = 0;
  let enrolments = 0;
  const enrolledByProgram = new Map<string, string[]>();
  for (const [key, profile] of Object.entries(profiles(random))) {
    const programId = options.programIds.get(key);
    const enrollers = options.enrollers[key];
    if (!programId || !enrollers) continue;
    for (let index = 0; index < profile.count; index++) {
      const enrollerIndex = index % enrollers.length;
      const enroller = enrollers[enrollerIndex]!;
      const ctx = await contextFor(enroller);
      const enrolledOn = enrolmentDate(random, options.programStart, today);
      const draft = profile.draft(random, enrolledOn, baseIdentity(random, profile.countries));
      const place = profile.place(enrollerIndex);
      if (!draft.city && draft.country === place.country) Object.assign(draft, place);
      // In Occitanie one young person in twelve is already 26 or older: their file is kept, not enrolled.
      const tooOld = key === 'ipr' && index % 12 === 11;
      if (tooOld) draft.birthDate = addMonths(draft.birthDate, -12 * random.int(8, 12));
      // Registered on the day of their intake, the day they were enrolled, so their timeline starts there.
      const personId = await createDemoPerson(deps, ctx, draft, random, enrolledOn);
      people += 1;
      if (tooOld) continue;
      await enrolPerson(deps)(ctx, {
        programId,
        personId,
        enrolledOn,
        intake: {
          source: random.pick(['partner_referral', 'walk_in', 'outreach_event', 'web_form'] as const),
        },
      });
      enrolments += 1;
      enrolledByProgram.set(key, [...(enrolledByProgram.get(key) ?? []), personId]);
    }
  }
  return { people, enrolments, enrolledByProgram };
}
