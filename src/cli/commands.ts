import { sealAuditLog, verifyAuditLog } from '../core/audit/audit-log.js';
import { systemContext } from '../core/auth/actor.js';
import type { Deps } from '../core/use-case.js';
import { loadDemoIfEmpty } from '../demo/load-demo.js';
import { createStaffAccount } from '../modules/accounts/use-cases/create-staff-account.js';
import { organizationKinds } from '../modules/organizations/domain/organization-kinds.js';
import { createOrganization } from '../modules/organizations/use-cases/create-organization.js';

export type Print = (line: string) => void;

export async function seedDemoCommand(deps: Deps, print: Print): Promise<number> {
  const summary = await loadDemoIfEmpty(deps);
  if (!summary) {
    print('The database already has organizations: the demo was not loaded.');
    return 0;
  }
  print(
    `Demo loaded: ${summary.organizations} organizations, ${summary.staff} staff accounts, ${summary.programs} programs, ${summary.people} people, ${summary.enrolments} enrolments.`,
  );
  return 0;
}

export async function createAdminCommand(
  deps: Deps,
  print: Print,
  options: { email: string; name: string; organization: string; kind: string; country: string },
): Promise<number> {
  if (!(organizationKinds as readonly string[]).includes(options.kind)) {
    print(`Unknown organization kind "${options.kind}". Use one of: ${organizationKinds.join(', ')}.`);
    return 2;
  }
  const existing = await deps.db
    .selectFrom('organizations')
    .select('id')
    .where('name', '=', options.organization)
    .executeTakeFirst();
  const system = systemContext('command-line');
  const organizationId =
    existing?.id ??
    (
      await createOrganization(deps)(system, {
        name: options.organization,
        kind: options.kind as (typeof organizationKinds)[number],
        country: options.country,
      })
    ).id;
  // No password is made up and printed: the administrator chooses one through a link that works once,
  // within 24 hours (ASVS 6.4.1), then sets up an authenticator app at the first login.
  const created = await createStaffAccount(deps)(system, {
    email: options.email,
    displayName: options.name,
    role: 'administrator',
    organizationId,
    invitationDelivery: 'link',
    locale: options.country.toUpperCase() === 'FR' ? 'fr' : 'en',
  });
  print(`${existing ? 'Organization found' : 'Organization created'}: ${options.organization}`);
  print(`Administrator: ${options.email}`);
  if (created.invitationUrl) {
    print(`Choose the password here (works once, within 24 hours): ${created.invitationUrl}`);
    print('At the first login, the administrator sets up an authenticator app (second factor, required).');
  } else {
    print('This e-mail already had an account: it keeps its password and is now administrator here.');
  }
  return 0;
}

export async function auditCommand(deps: Deps, print: Print, action: 'seal' | 'verify'): Promise<number> {
  const sealed = await sealAuditLog(deps.db);
  if (action === 'seal') {
    print(`${sealed} audit events sealed into the chain.`);
    return 0;
  }
  const result = await verifyAuditLog(deps.db);
  if (result.ok) {
    print(`Audit chain intact: ${result.checked} events verified, ${result.unsealed} not yet sealed.`);
    return 0;
  }
  print(
    `Audit chain BROKEN at event ${result.firstBrokenIndex}: ${result.reason} (${result.checked} events verified before it).`,
  );
  return 1;
}
