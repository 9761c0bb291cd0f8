import type { TFunction } from 'i18next';
import type { FollowUpView } from '../../../api/outcomes.js';
import { formatDate } from '../../../format.js';
import { wageBandLabel } from './wage-band-label.js';

const staffChannels = ['phone', 'in_person', 'email'];

/**
 * An answered follow-up in one line: "Answered on 3 March (by phone) · Employed — permanent contract ·
 * In training · €1,500 to €1,999" (the amounts in the organization's currency). The form's own answers ('form') say no channel.
 */
export function answerSummary(followUp: FollowUpView, t: TFunction): string | null {
  if (!followUp.answeredOn) return null;
  const { answer, answeredVia } = followUp;
  const parts = [t('outcomes.followUps.answeredOn', { date: formatDate(followUp.answeredOn) })];
  if (answeredVia && staffChannels.includes(answeredVia))
    parts[0] += ` (${t(`outcomes.via.${answeredVia}`).toLowerCase()})`;
  if (answer) {
    const work = answer.employed ? t('outcomes.followUps.employed') : t('outcomes.followUps.notEmployed');
    parts.push(
      answer.contractType ? `${work} — ${t(`outcomes.answerContract.${answer.contractType}`)}` : work,
    );
    if (answer.inTraining) parts.push(t('outcomes.followUps.inTraining'));
    if (answer.wageBand) parts.push(wageBandLabel(answer.wageBand, t));
  }
  return parts.join(' · ');
}
