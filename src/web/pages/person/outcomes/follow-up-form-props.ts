import type { FollowUpView } from '../../../api/outcomes.js';

/** What each form of the follow-up dialog is given (answer, attempt, link). */
export interface FollowUpFormProps {
  personId: string;
  followUp: FollowUpView;
  onClose: () => void;
}
