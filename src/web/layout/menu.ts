import {
  auditRoles,
  followUpRoles,
  personDataRoles,
  type Role,
  roles,
  sessionStaffRoles,
  staffAdminRoles,
} from '../../core/auth/roles.js';
import { employerReadRoles } from '../../modules/employers/domain/employer-roles.js';
import { networkRoles } from '../../modules/network/domain/network-roles.js';
import { duplicateRunRoles } from '../../modules/people/domain/merge-roles.js';
import { registerRoles } from '../../modules/privacy/domain/privacy-roles.js';
import { catalogueReaderRoles } from '../../modules/recognition/domain/vocabulary.js';
import { referralRoles } from '../../modules/referrals/domain/vocabulary.js';
import { aidDecisionRoles } from '../../modules/relocation-aid/domain/aid-roles.js';
import { sharedFileRoles } from '../../modules/sharing/domain/sharing-roles.js';

/**
 * The menu's sections, in the order shown: a coordinator has more than twenty entries, which read
 * better under a few headings than as one column.
 */
export const menuGroups = ['work', 'partners', 'employment', 'programs', 'administration'] as const;
export type MenuGroup = (typeof menuGroups)[number];

/**
 * The application's menu: each entry with the roles it is offered to. The roles are the lists the
 * server checks for the page's first read (src/core/auth/roles.ts and the modules' domain files), so
 * a role never sees an entry that answers "your role does not allow this action";
 * test/http/role-menu.test.ts calls each page's first read as every role to keep it so.
 */
export const menuEntries = [
  { to: '/caseload', label: 'nav.caseload', group: 'work', roles: personDataRoles },
  { to: '/people/new', label: 'nav.intake', group: 'work', roles: personDataRoles },
  // Repérage: people met or signalled before any file (issue 16).
  { to: '/outreach', label: 'nav.outreach', group: 'work', roles: personDataRoles },
  // The consortium's front door: requests routed to the members (issue 17).
  { to: '/front-door', label: 'nav.frontDoor', group: 'work', roles: personDataRoles },
  { to: '/sessions', label: 'nav.sessions', group: 'work', roles: sessionStaffRoles },
  { to: '/agenda', label: 'nav.agenda', group: 'work', roles: followUpRoles },
  // The partner network: partners and their contacts, convenings, the bulletin (issue 16).
  { to: '/network', label: 'nav.network', group: 'partners', roles: networkRoles },
  // Referrals (orientations) received and sent, and the partner directory (issue 16).
  { to: '/referrals', label: 'nav.referrals', group: 'partners', roles: referralRoles },
  // Hand-offs of the accompaniment received and sent (issue 16).
  { to: '/handoffs', label: 'nav.handoffs', group: 'partners', roles: followUpRoles },
  // A consortium's steering and practice-exchange meetings (issue 16): the staff who follow people.
  { to: '/meetings', label: 'nav.meetings', group: 'partners', roles: followUpRoles },
  // Files partners share with the organization under a person's consent (issue 16).
  { to: '/shared-people', label: 'sharing.nav', group: 'partners', roles: sharedFileRoles },
  // Possible duplicates of the organization's files, here and across its consortium (issue 16).
  { to: '/duplicates', label: 'duplicates.review.nav', group: 'partners', roles: personDataRoles },
  // The coordination's batch run over its consortium: figures only.
  { to: '/duplicate-runs', label: 'duplicates.runs.nav', group: 'partners', roles: duplicateRunRoles },
  { to: '/employers', label: 'nav.employers', group: 'employment', roles: employerReadRoles },
  { to: '/offers', label: 'nav.offers', group: 'employment', roles: employerReadRoles },
  // The working group's catalogue of credential-recognition pathways (issue 18).
  { to: '/recognition', label: 'nav.recognition', group: 'employment', roles: catalogueReaderRoles },
  // Every role sees the programs its organization takes part in (funders: their figures).
  { to: '/programs', label: 'nav.programs', group: 'programs', roles },
  // Every role sees the funds its organization takes part in; what it may do there is per fund.
  { to: '/loan-funds', label: 'nav.loanFunds', group: 'programs', roles },
  // The regions with their partners, and the stays a regional partner hosts (issue 17).
  { to: '/regions', label: 'nav.regions', group: 'programs', roles: personDataRoles },
  // Relocation aid to decide and pay, its budget, rules and report (issue 17): the program's owner.
  { to: '/relocation-aid', label: 'nav.relocationAid', group: 'programs', roles: aidDecisionRoles },
  { to: '/staff', label: 'nav.staff', group: 'administration', roles: staffAdminRoles },
  { to: '/audit', label: 'nav.audit', group: 'administration', roles: auditRoles },
  { to: '/privacy', label: 'nav.privacy', group: 'administration', roles: registerRoles },
  // Offered only where the server has a development outbox (the layout asks it).
  { to: '/outbox', label: 'nav.outbox', group: 'administration', roles },
] as const satisfies readonly {
  to: string;
  label: string;
  group: MenuGroup;
  roles: readonly Role[];
}[];

export type MenuEntry = (typeof menuEntries)[number];
export type MenuPath = MenuEntry['to'];

export function menuFor(role: Role): MenuEntry[] {
  return menuEntries.filter((entry) => entry.roles.includes(role));
}

/** Whether the menu offers `path` to the role; paths the table does not list are gated where they are added. */
export function menuOffers(role: Role, path: string): boolean {
  const entry = menuEntries.find((e) => e.to === path);
  return entry ? entry.roles.includes(role) : true;
}

/**
 * Where each role lands after logging in: a funder on its figures (the programs), a lender's staff on
 * the fund, a coordinator on the consortium's programs, an administrator on the staff, everyone who
 * follows people on the caseload. Always an entry of the role's menu.
 */
export function homeFor(session: { role: Role; organization: { kind: string } }): MenuPath {
  if (session.organization.kind === 'lender') return '/loan-funds';
  switch (session.role) {
    case 'funder':
    case 'coordinator':
      return '/programs';
    case 'administrator':
      return '/staff';
    default:
      return '/caseload';
  }
}
