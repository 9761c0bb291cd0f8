import type { Role } from '../../../src/core/auth/roles.js';
import type { Db } from '../../../src/core/db/types.js';
import { hashPassword } from '../../../src/modules/accounts/domain/passwords.js';
import { givenConsortium, givenOrganization, givenStaff } from '../../support/fixtures.js';

export const password = 'Correct-Horse-Battery-42';

export interface SeededStaff {
  userId: string;
  email: string;
  displayName: string;
}

/** A staff member who can log in through the browser with `password`. */
export async function seedStaff(
  db: Db,
  organizationId: string,
  role: Role,
  email: string,
  displayName: string,
  locale: 'fr' | 'en' = 'fr',
): Promise<SeededStaff> {
  const ctx = await givenStaff(db, organizationId, role, { email, displayName, locale });
  await db
    .updateTable('users')
    .set({ password_hash: await hashPassword(password) })
    .where('id', '=', ctx.actor.userId)
    .execute();
  return { userId: ctx.actor.userId, email, displayName };
}

export async function seedOccitanie(db: Db) {
  const toulouse = await givenOrganization(db, {
    name: 'Mission Locale Toulouse',
    kind: 'mission_locale',
    country: 'FR',
  });
  const montpellier = await givenOrganization(db, {
    name: 'Mission Locale Montpellier',
    kind: 'mission_locale',
    country: 'FR',
  });
  const consortium = await givenConsortium(db, toulouse.id, [toulouse.id, montpellier.id]);
  return { toulouse, montpellier, consortium };
}

/**
 * A logged-in API client for setting the scene through the real routes (as a coordinator would); a demo
 * account logs in with the demo's password.
 */
export async function apiAs(baseUrl: string, email: string, withPassword: string = password) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: withPassword }),
  });
  if (!login.ok) throw new Error(`Log-in failed for ${email}: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.getSetCookie?.() ?? []).map((value) => value.split(';')[0]).join('; ');
  const session = await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie } });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  return async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

/**
 * The Occitanie IPR program as its documents define it: under 26, and either a beneficiary of
 * international protection or an asylum seeker whose application is more than six months old.
 */
export async function seedIprProgram(
  app: { baseUrl: string },
  coordinatorEmail: string,
  consortiumId: string,
  members: { id: string; target: number }[],
): Promise<{ id: string; name: string }> {
  const api = await apiAs(app.baseUrl, coordinatorEmail);
  const startsOn = `${new Date().getUTCFullYear() - 1}-01-01`;
  const endsOn = `${new Date().getUTCFullYear() + 1}-12-31`;
  const created = await api<{ id: string }>('POST', '/api/programs', {
    code: 'IPR',
    nameFr: 'Intégration professionnelle des réfugiés',
    nameEn: 'Professional integration of refugees',
    descriptionFr: 'Accompagnement renforcé vers et dans l’emploi des jeunes réfugiés.',
    descriptionEn: 'Reinforced accompaniment towards and into work for young refugees.',
    countingUnit: 'person',
    status: 'active',
    startsOn,
    endsOn,
    consortiumId,
    rules: [
      { kind: 'maxAge', years: 26, inclusive: false },
      {
        kind: 'anyOf',
        label: {
          fr: 'Protection internationale ou demande d’asile de plus de 6 mois',
          en: 'International protection or asylum application over 6 months old',
        },
        rules: [
          { kind: 'allowedStatuses', statuses: ['refugee', 'subsidiary_protection'] },
          {
            kind: 'allOf',
            rules: [
              { kind: 'allowedStatuses', statuses: ['asylum_seeker'] },
              { kind: 'minMonthsSinceAsylumApplication', months: 6, strict: true },
            ],
          },
        ],
      },
    ],
  });
  await api('PUT', `/api/programs/${created.id}/targets`, {
    targets: [
      ...members.map((member) => ({
        memberOrganizationId: member.id,
        periodStart: startsOn,
        periodEnd: endsOn,
        targetCount: member.target,
        unit: 'person',
      })),
      {
        memberOrganizationId: null,
        periodStart: startsOn,
        periodEnd: endsOn,
        targetCount: members.reduce((sum, member) => sum + member.target, 0),
        unit: 'person',
      },
    ],
  });
  return { id: created.id, name: 'Intégration professionnelle des réfugiés' };
}

/**
 * Logs in through the English log-in form and waits until the app has left it (the log-in page has a
 * heading too, so waiting for one proves nothing) and shows the navigation link given.
 */
export async function logInInEnglish(
  page: import('playwright-core').Page,
  email: string,
  landmarkLink: string,
) {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.getByRole('link', { name: landmarkLink }).waitFor();
}
