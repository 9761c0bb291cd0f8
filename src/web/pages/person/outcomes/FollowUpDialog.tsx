import { useTranslation } from 'react-i18next';
import type { FollowUpView } from '../../../api/outcomes.js';
import { Dialog } from '../../caseload/Dialog.js';
import { FollowUpAnswerForm } from './FollowUpAnswerForm.js';
import { FollowUpAttemptForm } from './FollowUpAttemptForm.js';
import { FollowUpLinkForm } from './FollowUpLinkForm.js';

export type FollowUpAction = 'answer' | 'attempt' | 'link';

const formOf = { answer: FollowUpAnswerForm, attempt: FollowUpAttemptForm, link: FollowUpLinkForm };

/** One action on a follow-up after exit: record the person's answer, an attempt without one, or send the form. */
export function FollowUpDialog({
  personId,
  followUp,
  action,
  opened,
  onClose,
}: {
  personId: string;
  /** Kept after closing, so that the dialog keeps its name while it fades out. */
  followUp: FollowUpView | null;
  action: FollowUpAction;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const months = followUp?.months ?? 0;
  const title =
    action === 'answer'
      ? t('outcomes.answer.title', { months })
      : action === 'attempt'
        ? t('outcomes.attempt.title', { months })
        : t('outcomes.link.title', { months });
  const Form = formOf[action];
  return (
    <Dialog
      opened={opened && followUp !== null}
      onClose={onClose}
      title={title}
      size={action === 'answer' ? 'lg' : 'md'}
    >
      {opened && followUp ? <Form personId={personId} followUp={followUp} onClose={onClose} /> : null}
    </Dialog>
  );
}
