import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/core/auth/actor.js';
import { personDataRoles, type Role, roles } from '../../src/core/auth/roles.js';
import { createFund } from '../../src/modules/loan-fund/use-cases/create-fund.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import { applicationsRows, applicationsScene } from '../support/applications-matrix.js';
import { caseloadTasksRows, caseloadTasksScene } from '../support/caseload-tasks-matrix.js';
import { duplicatesRows, duplicatesScene } from '../support/duplicates-matrix.js';
import { employersRows, employersScene } from '../support/employers-matrix.js';
import { exportsRows, exportsScene } from '../support/exports-matrix.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { frontDoorRows, frontDoorScene } from '../support/front-door-matrix.js';
import { handoffsRows, handoffsScene } from '../support/handoffs-matrix.js';
import { householdsRows, householdsScene } from '../support/households-matrix.js';
import { immersionsRows, immersionsScene } from '../support/immersions-matrix.js';
import { matchingRows, matchingScene } from '../support/matching-matrix.js';
import { meetingsRows, meetingsScene } from '../support/meetings-matrix.js';
import { movesRows, movesScene } from '../support/moves-matrix.js';
import { networkRows, networkScene } from '../support/network-matrix.js';
import { offersRows, offersScene } from '../support/offers-matrix.js';
import { outcomesRows, outcomesScene } from '../support/outcomes-matrix.js';
import { outreachRows, outreachScene } from '../support/outreach-matrix.js';
import { placementsRows, placementsScene } from '../support/placements-matrix.js';
import { recognitionRows, recognitionScene } from '../support/recognition-matrix.js';
import { referralsRows, referralsScene } from '../support/referrals-matrix.js';
import { regionsRows, regionsScene } from '../support/regions-matrix.js';
import { relocationAidRows, relocationAidScene } from '../support/relocation-aid-matrix.js';
import { relocationPlansRows, relocationPlansScene } from '../support/relocation-plans-matrix.js';
import { reportsFilesRows, reportsFilesScene } from '../support/reports-files-matrix.js';
import { reportsRows, reportsScene } from '../support/reports-matrix.js';
import { sharingRows, sharingScene } from '../support/sharing-matrix.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * For each route that reads or changes an organization's data: which roles of the organization may
 * call it (2xx or a business refusal), which are refused (403), and that staff of another organization
 * always get 404 — the record's existence does not leak.
 */
interface MatrixRow {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: (role: Role) => string;
  body?: () => unknown;
  allowed: readonly Role[];
  /** Routes about the organization itself (not one of its records) answer 2xx to any organization's staff. */
  otherOrganization: 'not_found' | 'own_data';
  /** A business refusal (already enrolled…) still proves the role got through. */
  alsoAllowedStatus?: number;
  /** Roles refused as if the route did not exist for them (404), like a funder asking for the people behind a figure. */
  refusedAsNotFound?: readonly Role[];
}

let t: TestApp;
let programId: string;
let personId: string;
let loanFundId: string;
/** A colleague whom directors and administrators deactivate, reactivate and log out. */
let colleagueId: string;
/** Each committee member closes a later day of the loan fund's books, so each call is a first closing. */
let closingDay = 0;
const sessions = new Map<string, { cookies: Record<string, string>; headers: Record<string, string> }>();
const programBody = () => ({
  nameFr: 'Programme modifié',
  nameEn: 'Changed program',
  countingUnit: 'person',
  status: 'active',
  rules: [{ kind: 'maxAge', years: 26, inclusive: false }],
});

const personData = ['counselor', 'program_referent', 'coordinator', 'director', 'administrator'] as const;
const identity = {
  givenName: 'Amina',
  familyName: 'Youssef',
  birthDate: '2003-04-05',
  immigrationStatus: 'refugee' as const,
};

const matrix: MatrixRow[] = [
  {
    name: "close a period of a loan fund's books",
    method: 'POST',
    url: () => `/api/loan-funds/${loanFundId}/period-closing`,
    body: () => ({ closedThrough: `2020-01-${String(++closingDay).padStart(2, '0')}` }),
    allowed: ['coordinator', 'director'],
    otherOrganization: 'not_found',
  },
  {
    name: 'list and search people',
    method: 'GET',
    url: () => '/api/people?q=amina',
    allowed: personData,
    otherOrganization: 'own_data',
  },
  {
    name: 'preview an import of people from a file',
    method: 'POST',
    url: () => '/api/people/imports?dryRun=true&fileName=personnes.csv',
    // The file's bytes as the body: the preview writes nothing, so every allowed role may call it again.
    body: () => Buffer.from('Prénom;Nom;Date de naissance\r\nSalma;Benali;1998-02-14\r\n'),
    allowed: ['counselor', 'coordinator'],
    otherOrganization: 'own_data',
  },
  {
    name: 'import people from a file',
    method: 'POST',
    url: () => '/api/people/imports?dryRun=false&fileName=personnes.csv',
    body: () => Buffer.from('Prénom;Nom\r\nKarim;Mansour\r\n'),
    allowed: ['counselor', 'coordinator'],
    otherOrganization: 'own_data',
  },
  {
    name: "read a person's file",
    method: 'GET',
    url: () => `/api/people/${personId}`,
    allowed: personData,
    otherOrganization: 'not_found',
  },
  {
    name: "read a person's overview",
    method: 'GET',
    url: () => `/api/people/${personId}/overview`,
    allowed: personData,
    otherOrganization: 'not_found',
  },
  {
    name: 'read whether I have a calendar subscription',
    method: 'GET',
    url: () => '/api/calendar-feed',
    allowed: ['counselor', 'program_referent', 'coordinator', 'director'],
    otherOrganization: 'own_data',
  },
  {
    name: 'create or replace my calendar subscription URL',
    method: 'POST',
    url: () => '/api/calendar-feed',
    allowed: ['counselor', 'program_referent', 'coordinator', 'director'],
    otherOrganization: 'own_data',
  },
  {
    name: 'revoke my calendar subscription URL',
    method: 'POST',
    url: () => '/api/calendar-feed/revoke',
    allowed: ['counselor', 'program_referent', 'coordinator', 'director'],
    otherOrganization: 'own_data',
  },
  {
    name: "update a person's identity",
    method: 'PUT',
    url: () => `/api/people/${personId}`,
    body: () => identity,
    allowed: personData,
    otherOrganization: 'not_found',
  },
  {
    name: 'add to a file',
    method: 'POST',
    url: () => `/api/people/${personId}/items`,
    body: () => ({ kind: 'language', data: { language: 'fr', scale: 'cefr', level: 'A2' } }),
    allowed: personData,
    otherOrganization: 'not_found',
  },
  {
    name: "read a person's enrolments",
    method: 'GET',
    url: () => `/api/people/${personId}/enrolments`,
    allowed: personData,
    otherOrganization: 'not_found',
  },
  {
    name: 'check eligibility',
    method: 'POST',
    url: () => `/api/programs/${programId}/eligibility-check`,
    body: () => ({ personId }),
    allowed: personData,
    otherOrganization: 'not_found',
  },
  {
    name: 'look for possible duplicates before opening a file',
    method: 'POST',
    url: () => '/api/intake/possible-duplicates',
    body: () => ({
      givenName: identity.givenName,
      familyName: identity.familyName,
      birthDate: identity.birthDate,
    }),
    allowed: personData,
    otherOrganization: 'own_data',
  },
  {
    name: 'search places (reference data)',
    method: 'GET',
    url: () => '/api/places/search?country=FR&q=Albi',
    allowed: roles,
    otherOrganization: 'own_data',
  },
  {
    name: 'search occupations across classifications (reference data)',
    method: 'GET',
    url: () => '/api/reference/occupation-titles?q=infirmi%C3%A8re&locale=fr',
    allowed: roles,
    otherOrganization: 'own_data',
  },
  {
    name: 'equivalent occupations in a country (reference data)',
    method: 'GET',
    url: () => '/api/reference/occupation-equivalents?scheme=rome&code=J1506&country=CA&lang=fr',
    allowed: roles,
    otherOrganization: 'own_data',
  },
  {
    name: 'resolve an address to a place (reference data)',
    method: 'GET',
    url: () => '/api/places/resolve?country=CA&postalCode=H2X&city=Montr%C3%A9al',
    allowed: roles,
    otherOrganization: 'own_data',
  },
  {
    name: 'check eligibility of a file not yet saved',
    method: 'POST',
    url: () => '/api/intake/eligibility-check',
    body: () => ({ programId, person: { identity } }),
    allowed: personData,
    otherOrganization: 'not_found',
  },
  {
    name: 'open a file and enrol at intake',
    method: 'POST',
    url: () => '/api/intake',
    body: () => ({
      person: { identity },
      consent: { givenOn: '2025-01-10' },
      enrolment: { programId, intake: { source: 'walk_in' } },
    }),
    allowed: ['counselor', 'program_referent', 'coordinator', 'director'],
    otherOrganization: 'not_found',
  },
  {
    name: 'enrol',
    method: 'POST',
    url: () => `/api/programs/${programId}/enrolments`,
    body: () => ({ personId, intake: { source: 'walk_in' } }),
    allowed: ['counselor', 'program_referent', 'coordinator', 'director'],
    otherOrganization: 'not_found',
    alsoAllowedStatus: 409,
  },
  {
    name: 'read a program',
    method: 'GET',
    url: () => `/api/programs/${programId}`,
    allowed: roles,
    otherOrganization: 'not_found',
  },
  {
    name: 'change a program',
    method: 'PUT',
    url: () => `/api/programs/${programId}`,
    body: programBody,
    allowed: ['coordinator', 'director', 'administrator'],
    otherOrganization: 'not_found',
  },
  {
    name: 'progress vs target',
    method: 'GET',
    url: () => `/api/programs/${programId}/progress`,
    allowed: ['program_referent', 'coordinator', 'director', 'administrator', 'funder'],
    otherOrganization: 'not_found',
  },
  {
    name: 'browse the audit log',
    method: 'GET',
    url: () => '/api/audit',
    allowed: ['administrator'],
    otherOrganization: 'own_data',
  },
  {
    name: 'list staff',
    method: 'GET',
    url: () => '/api/staff',
    allowed: ['counselor', 'program_referent', 'coordinator', 'director', 'administrator'],
    otherOrganization: 'own_data',
  },
  {
    name: 'end every session of a staff member',
    method: 'POST',
    url: () => `/api/staff/${colleagueId}/end-sessions`,
    allowed: ['director', 'administrator'],
    otherOrganization: 'not_found',
  },
  {
    name: 'remove the authenticator app a staff member lost',
    method: 'POST',
    url: () => `/api/staff/${colleagueId}/reset-second-factor`,
    body: () => ({ identityCheck: 'in_person' }),
    allowed: ['director', 'administrator'],
    otherOrganization: 'not_found',
  },
  {
    name: 'deactivate a staff member who leaves',
    method: 'POST',
    url: () => `/api/staff/${colleagueId}/deactivate`,
    allowed: ['director', 'administrator'],
    otherOrganization: 'not_found',
  },
  {
    name: 'reactivate a staff member',
    method: 'POST',
    url: () => `/api/staff/${colleagueId}/reactivate`,
    allowed: ['director', 'administrator'],
    otherOrganization: 'not_found',
  },
  {
    name: 'read who must have a second factor',
    method: 'GET',
    url: () => '/api/organization/second-factor-policy',
    allowed: ['director', 'administrator'],
    otherOrganization: 'own_data',
  },
  {
    name: 'change who must have a second factor',
    method: 'PUT',
    url: () => '/api/organization/second-factor-policy',
    body: () => ({ requiredFor: 'administrators' }),
    allowed: ['director', 'administrator'],
    otherOrganization: 'own_data',
  },
  {
    name: "read a person's privacy state",
    method: 'GET',
    url: () => `/api/people/${personId}/privacy`,
    allowed: personData,
    otherOrganization: 'not_found',
  },
  {
    name: "export a person's data (JSON)",
    method: 'GET',
    url: () => `/api/people/${personId}/privacy/export.json`,
    allowed: personData,
    otherOrganization: 'not_found',
  },
  {
    name: "export a person's data (PDF)",
    method: 'GET',
    url: () => `/api/people/${personId}/privacy/export.pdf?locale=en`,
    allowed: personData,
    otherOrganization: 'not_found',
  },
  {
    name: 'read the retention periods',
    method: 'GET',
    url: () => '/api/privacy/retention',
    allowed: ['coordinator', 'director', 'administrator'],
    otherOrganization: 'own_data',
  },
  {
    name: 'set the retention periods',
    method: 'PUT',
    url: () => '/api/privacy/retention',
    body: () => ({ policies: [{ purpose: 'signup_requests', months: 6 }] }),
    allowed: ['director', 'administrator'],
    otherOrganization: 'own_data',
  },
  {
    name: 'read the register of processing activities',
    method: 'GET',
    url: () => '/api/privacy/register?locale=fr',
    allowed: ['coordinator', 'director', 'administrator'],
    otherOrganization: 'own_data',
  },
  {
    name: "restrict the processing of a person's data",
    method: 'POST',
    url: () => `/api/people/${personId}/privacy/restriction`,
    body: () => ({ reason: 'Contests the accuracy of the file' }),
    allowed: ['counselor', 'program_referent', 'coordinator', 'director'],
    otherOrganization: 'not_found',
    // Once restricted, the next allowed role is told so.
    alsoAllowedStatus: 409,
  },
  {
    name: 'anonymize a person',
    method: 'POST',
    url: () => `/api/people/${personId}/privacy/anonymization`,
    body: () => ({ reason: 'The person asked to be forgotten' }),
    allowed: ['coordinator', 'director', 'administrator'],
    otherOrganization: 'not_found',
    // Anonymized once, the next allowed role is told it already is.
    alsoAllowedStatus: 409,
  },
  {
    // Every role reads its own mail; which organization's messages it sees is in auth-flow.test.ts.
    name: 'read the development outbox',
    method: 'GET',
    url: () => '/api/dev/outbox',
    allowed: roles,
    otherOrganization: 'own_data',
  },
  {
    name: "change the organization's time zone",
    method: 'PATCH',
    url: () => '/api/organization',
    body: () => ({ timeZone: 'Europe/Paris' }),
    allowed: ['administrator'],
    otherOrganization: 'own_data',
  },
  {
    name: "read the organization's reminder delays",
    method: 'GET',
    url: () => '/api/organization/reminder-delays',
    allowed: roles,
    otherOrganization: 'own_data',
  },
  {
    name: "set the organization's reminder delays",
    method: 'PUT',
    url: () => '/api/organization/reminder-delays',
    body: () => ({ referralDays: 5, handoffDays: 9 }),
    allowed: ['administrator', 'director', 'coordinator'],
    otherOrganization: 'own_data',
  },
  {
    name: "a program's referral figures",
    method: 'GET',
    url: () => `/api/programs/${programId}/referral-figures?from=2026-01-01&to=2026-12-31`,
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "a program's hand-off figures",
    method: 'GET',
    url: () => `/api/programs/${programId}/handoff-figures?from=2026-01-01&to=2026-12-31`,
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "read the organization's identity provider",
    method: 'GET',
    url: () => '/api/auth/identity-provider',
    allowed: ['administrator'],
    otherOrganization: 'own_data',
  },
  ...caseloadTasksRows,
  ...employersRows,
  ...offersRows,
  ...placementsRows,
  ...applicationsRows,
  ...immersionsRows,
  ...recognitionRows,
  ...matchingRows,
  ...outcomesRows,
  ...exportsRows,
  ...householdsRows,
  ...outreachRows,
  ...frontDoorRows,
  ...networkRows,
  ...handoffsRows,
  ...regionsRows,
  ...movesRows,
  ...referralsRows,
  ...meetingsRows,
  ...reportsRows,
  ...sharingRows,
  ...reportsFilesRows,
  ...duplicatesRows,
  ...relocationAidRows,
  ...relocationPlansRows,
];

beforeAll(async () => {
  t = await createTestApp();
  const mine = await givenOrganization(t.database.db, { name: 'Mission Locale de Toulouse' });
  const other = await givenOrganization(t.database.db, { name: 'Mission Locale de Nîmes' });
  programId = (
    await createProgram(t.deps)(systemContext(), {
      ownerOrganizationId: mine.id,
      code: 'IPR',
      nameFr: 'IPR',
      nameEn: 'IPR',
      countingUnit: 'person',
      status: 'active',
      rules: [],
    })
  ).id;
  for (const role of roles) {
    for (const [where, organizationId] of [
      ['mine', mine.id],
      ['other', other.id],
    ] as const) {
      const staff = await givenStaff(t.database.db, organizationId, role);
      if (where === 'mine') caseloadTasksScene.addStaff(role, staff);
      if (where === 'mine') employersScene.addStaff(role, staff);
      if (where === 'mine') offersScene.addStaff(role, staff);
      if (where === 'mine') placementsScene.addStaff(role, staff);
      if (where === 'mine') applicationsScene.addStaff(role, staff);
      if (where === 'mine') immersionsScene.addStaff(role, staff);
      if (where === 'mine') recognitionScene.addStaff(role, staff);
      if (where === 'mine') matchingScene.addStaff(role, staff);
      if (where === 'mine') outcomesScene.addStaff(role, staff);
      if (where === 'mine') householdsScene.addStaff(role, staff);
      if (where === 'mine') outreachScene.addStaff(role, staff);
      if (where === 'mine') networkScene.addStaff(role, staff);
      if (where === 'mine') handoffsScene.addStaff(role, staff);
      if (where === 'mine') regionsScene.addStaff(role, staff);
      if (where === 'mine') movesScene.addStaff(role, staff);
      if (where === 'mine') referralsScene.addStaff(role, staff);
      if (where === 'mine') meetingsScene.addStaff(role, staff);
      if (where === 'mine') reportsScene.addStaff(role, staff);
      if (where === 'mine') sharingScene.addStaff(role, staff);
      if (where === 'mine') reportsFilesScene.addStaff(role, staff);
      if (where === 'mine') duplicatesScene.addStaff(role, staff);
      if (where === 'mine') relocationAidScene.addStaff(role, staff);
      if (where === 'mine') relocationPlansScene.addStaff(role, staff);
      sessions.set(`${where}:${role}`, await givenSession(t.database.db, staff.actor.userId, organizationId));
      if (where === 'mine' && role === 'counselor') {
        personId = (
          await createPerson(t.deps)(staff, { identity: { ...identity, immigrationStatus: 'refugee' } })
        ).id;
      }
      if (where === 'mine' && role === 'director') {
        loanFundId = (await createFund(t.deps)(staff, { name: 'Loan fund', currency: 'EUR' })).id;
      }
    }
  }
  colleagueId = (await givenStaff(t.database.db, mine.id, 'counselor')).actor.userId;
  await caseloadTasksScene.prepare(t.deps, colleagueId);
  await employersScene.prepare(t.deps);
  await offersScene.prepare(t.deps);
  await placementsScene.prepare(t.deps);
  await applicationsScene.prepare(t.deps);
  await immersionsScene.prepare(t.deps);
  await recognitionScene.prepare(t.deps);
  await matchingScene.prepare(t.deps);
  await outcomesScene.prepare(t.deps, mine.id);
  await exportsScene.prepare(t.deps, mine.id);
  await duplicatesScene.prepare(t.deps);
  await householdsScene.prepare(t.deps);
  await outreachScene.prepare(t.deps, programId, personId);
  await frontDoorScene.prepare(t.deps, mine.id);
  await networkScene.prepare(t.deps);
  await handoffsScene.prepare(t.deps, mine.id);
  await regionsScene.prepare(t.deps, mine.id);
  await movesScene.prepare(t.deps, programId);
  await referralsScene.prepare(t.deps, mine.id);
  await meetingsScene.prepare(t.deps, t.database.db, mine.id);
  await reportsScene.prepare(t.deps, mine.id);
  await sharingScene.prepare(t.deps, mine.id);
  await reportsFilesScene.prepare(t.deps, mine.id);
  await relocationAidScene.prepare(t.deps, mine.id);
  await relocationPlansScene.prepare(t.deps);
  // As if each had just logged in: exporting a person's data asks for a recent proof of identity.
  await t.database.db
    .updateTable('sessions')
    .set({ authenticated_at: new Date() } as never)
    .execute();
});
afterAll(() => t.close());

describe('authorization matrix', () => {
  for (const row of matrix) {
    for (const role of roles) {
      it(`${row.name}: ${role} of the organization is ${row.allowed.includes(role) ? 'allowed' : 'refused'}`, async () => {
        const session = sessions.get(`mine:${role}`)!;
        const response = await t.app.inject({
          method: row.method,
          url: row.url(role),
          payload: row.body?.() as object,
          ...session,
        });
        if (row.refusedAsNotFound?.includes(role))
          return void expect(response.statusCode, response.body).toBe(404);
        if (!row.allowed.includes(role)) expect(response.statusCode, response.body).toBe(403);
        else if (response.statusCode !== row.alsoAllowedStatus)
          expect(response.statusCode, response.body).toBeLessThan(300);
      });
      it(`${row.name}: ${role} of another organization ${row.otherOrganization === 'not_found' ? 'gets 404' : 'sees only their own'}`, async () => {
        const session = sessions.get(`other:${role}`)!;
        const response = await t.app.inject({
          method: row.method,
          url: row.url(role),
          payload: row.body?.() as object,
          ...session,
        });
        if (row.otherOrganization === 'not_found') {
          expect([403, 404], response.body).toContain(response.statusCode);
          if (row.allowed.includes(role)) expect(response.statusCode).toBe(404);
        } else if (row.allowed.includes(role)) {
          // 200, or 201/204 for one's own settings (a calendar subscription URL).
          expect(response.statusCode).toBeLessThan(300);
          expect(response.body).not.toContain(programId);
          expect(response.body).not.toContain(personId);
        } else {
          expect(response.statusCode).toBe(403);
        }
      });
    }
  }
});
