import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUpView } from '../../../api/outcomes.js';
import { formatDateTime } from '../../../format.js';

/** When the last link to the form was sent and until when it works; nothing when none was sent. */
export function LinkSentLine({ followUp }: { followUp: FollowUpView }) {
  const { t } = useTranslation();
  if (!followUp.linkSentAt) return null;
  return (
    <Text size="sm" c="dimmed">
      {t('outcomes.followUps.linkSent', {
        date: formatDateTime(followUp.linkSentAt),
        expires: formatDateTime(followUp.linkExpiresAt),
      })}
    </Text>
  );
}
