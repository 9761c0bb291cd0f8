import type { Executor } from '../../core/db/types.js';
import { type Locale, type Translated, translate } from '../../core/i18n/locale.js';
import { enqueueJob } from '../../core/jobs/job-queue.js';
import type { Deps } from '../../core/use-case.js';
import { accountsApi } from '../accounts/api.js';
import { organizationsApi } from '../organizations/api.js';
import { referralsRepository } from './adapters/referrals-repository.js';

export const referralReceivedMailKind = 'referrals.received-mail';

/**
 * The e-mail that tells an organization of the platform a referral arrived: in its language (its default
 * locale), naming the organization that sent it and where to answer — never the person, their status
 * nor the purpose (a mailbox is not the platform: what the referral says is read there, under the
 * consent, and audited).
 */
export const referralReceivedMailTexts = {
  subject: {
    fr: 'Nouvelle orientation de {organization}',
    en: 'New referral from {organization}',
  },
  text: {
    fr: 'Bonjour,\n\n{organization} a adressé une orientation à {receiver} sur Passerelle. Ouvrez Orientations pour la lire et y répondre : {link}\n\nCe message ne contient aucune information sur la personne orientée.',
    en: 'Hello,\n\n{organization} sent {receiver} a referral on Passerelle. Open Referrals to read it and answer: {link}\n\nThis message contains no information about the person referred.',
  },
} satisfies Record<string, Translated>;

/** In the sending transaction: the e-mail leaves only if the referral is recorded, once. */
export function enqueueReferralReceivedMail(
  db: Executor,
  job: { id: string; referralId: string; organizationId: string; now: Date },
) {
  return enqueueJob(db, {
    id: job.id,
    kind: referralReceivedMailKind,
    payload: { referralId: job.referralId, organizationId: job.organizationId },
    runAt: job.now,
    now: job.now,
    dedupeKey: `${referralReceivedMailKind}:${job.referralId}`,
  });
}

/**
 * Sends it to the receiving organization's coordinators (its directors when it has none), each at
 * their account's address. Read again when it runs: a referral withdrawn meanwhile sends nothing.
 */
export async function sendReferralReceivedMail(deps: Deps, payload: Record<string, unknown>) {
  const referralId = String(payload.referralId);
  const organizationId = String(payload.organizationId);
  const referral = await referralsRepository(deps.db).findFor(referralId, organizationId);
  if (!referral?.receiverOrganizationId || referral.status !== 'pending') return;
  const organizations = organizationsApi(deps.db);
  const sender = await organizations.findOrganization(referral.organizationId);
  const receiver = await organizations.findOrganization(referral.receiverOrganizationId);
  if (!receiver) return;
  const staff = await organizations.staffOfOrganization(receiver.id);
  const coordinators = staff.filter((s) => s.role === 'coordinator');
  const holders = coordinators.length > 0 ? coordinators : staff.filter((s) => s.role === 'director');
  const mailboxes = await accountsApi(deps.db).mailboxes(holders.map((h) => h.userId));
  const locale: Locale = receiver.defaultLocale === 'en' ? 'en' : 'fr';
  const params = {
    organization: sender?.name ?? '',
    receiver: receiver.name,
    link: new URL(`/referrals/${referral.id}`, deps.publicUrl).toString(),
  };
  for (const mailbox of mailboxes.values())
    await deps.mailer.send({
      to: mailbox.email,
      subject: translate(referralReceivedMailTexts.subject, locale, params),
      text: translate(referralReceivedMailTexts.text, locale, params),
      organizationId: receiver.id,
    });
}
