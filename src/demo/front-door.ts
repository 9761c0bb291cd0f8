import { systemContext } from '../core/auth/actor.js';
import { fixedClock } from '../core/clock.js';
import type { Deps } from '../core/use-case.js';
import { requestFunnelFacts } from '../modules/front-door/api.js';
import { assignFrontDoorRequest } from '../modules/front-door/use-cases/assign-request.js';
import { closeFrontDoorRequest } from '../modules/front-door/use-cases/close-request.js';
import { convertFrontDoorRequest } from '../modules/front-door/use-cases/convert-request.js';
import { setFrontDoorSettings } from '../modules/front-door/use-cases/front-door-settings.js';
import { listFrontDoorRequests } from '../modules/front-door/use-cases/list-requests.js';
import { submitFrontDoorRequest } from '../modules/front-door/use-cases/submit-request.js';
import { addDays } from './demo-calendar.js';
import { demoFrontDoorRequests, demoRequestBody } from './front-door-requests.js';
import { type DemoStaffMember, staffContext } from './staff-context.js';

/** The public address of Emplois en régions' front door. */
export const demoFrontDoorSlug = 'emplois-en-regions';

/**
 * Emplois en régions' front door: the coordination's routing rules (Arabic speakers to CFIQ, CSQ
 * holders abroad to PROMIS, Spanish speakers to INICI, otherwise the least loaded member) and the
 * requests of the past months, through the use cases, each on its day.
 */
export async function loadDemoFrontDoor(
  deps: Deps,
  cast: {
    programId: string;
    promis: string;
    cfiq: string;
    inici: string;
    coordinator: DemoStaffMember;
    /** One staff member per receiving member: who opens files or closes requests. */
    members: readonly DemoStaffMember[];
  },
): Promise<{ requests: number; files: number }> {
  await setFrontDoorSettings(deps)(systemContext('demo-loader'), {
    programId: cast.programId,
    body: {
      slug: demoFrontDoorSlug,
      open: true,
      receivingOrganizationIds: [cast.promis, cast.cfiq, cast.inici],
      rules: [
        {
          label: 'Arabophones → CFIQ',
          conditions: { languagesAmong: ['ar'] },
          targetOrganizationId: cast.cfiq,
        },
        {
          label: 'CSQ à l’étranger → PROMIS',
          conditions: { statusesAmong: ['csq_holder_abroad'] },
          targetOrganizationId: cast.promis,
        },
        {
          label: 'Hispanophones → INICI',
          conditions: { languagesAmong: ['es'] },
          targetOrganizationId: cast.inici,
        },
      ],
    },
  });
  const coordinator = await staffContext(deps, cast.coordinator);
  const memberContexts = new Map<string, Awaited<ReturnType<typeof staffContext>>>();
  for (const member of cast.members)
    memberContexts.set(member.organizationId, await staffContext(deps, member));
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  const at = (daysAgo: number, hour: number) =>
    new Date(`${addDays(today, -daysAgo)}T${String(hour).padStart(2, '0')}:15:00Z`);
  const on = (instant: Date) => ({ ...deps, clock: fixedClock(instant.toISOString()) });
  const publicly = { actor: null, requestId: 'demo-loader', locale: 'fr' as const, ip: null };
  let files = 0;
  for (const [index, entry] of demoFrontDoorRequests.entries()) {
    const received = at(entry.daysAgo, 14 + (index % 6));
    const body = demoRequestBody(entry);
    await submitFrontDoorRequest(on(received))(publicly, { slug: demoFrontDoorSlug, body });
    if (entry.repeatAfterDays)
      await submitFrontDoorRequest(on(new Date(received.getTime() + entry.repeatAfterDays * 86_400_000)))(
        publicly,
        {
          slug: demoFrontDoorSlug,
          body,
        },
      );
    if (entry.next === 'waiting') continue;
    const queue = await listFrontDoorRequests(deps)(coordinator, {
      programId: cast.programId,
      state: 'new',
      pageSize: 200,
    });
    const row = queue.items.find(
      (item) => item.givenName === entry.name[0] && item.receivedAt === received.toISOString(),
    );
    const proposed = row?.proposedOrganization?.id;
    if (!row || !proposed) continue;
    // The coordination reads the queue within two days; a reassignment moves a request to the least busy member.
    const assignedTo = entry.next === 'reassigned' ? cast.inici : proposed;
    await assignFrontDoorRequest(on(new Date(received.getTime() + 30 * 3_600_000)))(coordinator, {
      requestId: row.id,
      organizationId: assignedTo,
      note:
        entry.next === 'reassigned' ? 'INICI a une place dans son groupe de Saguenay ce mois-ci.' : undefined,
    });
    const member = memberContexts.get(assignedTo);
    if (!member) continue;
    const later = on(new Date(received.getTime() + 5 * 86_400_000));
    if (entry.next === 'converted') {
      await convertFrontDoorRequest(later)(member, { requestId: row.id });
      files += 1;
    } else if (entry.next === 'closed')
      await closeFrontDoorRequest(later)(member, {
        requestId: row.id,
        reason: index % 2 === 0 ? 'unreachable' : 'withdrew',
      });
  }
  const facts = await requestFunnelFacts(deps.db, {
    organizationIds: [cast.promis, cast.cfiq, cast.inici],
    from: addDays(today, -365),
    to: today,
  });
  return { requests: facts.length, files };
}
