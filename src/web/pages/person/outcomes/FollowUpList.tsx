import { Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../modules/placements/domain/contract-rules.js';
import { type ExitView, earlyAnswerDays, type FollowUpView } from '../../../api/outcomes.js';
import { formatDate, todayInOrganization } from '../../../format.js';
import { lateOrange, okGreen } from '../../../status-colors.js';
import type { FollowUpAction } from './FollowUpDialog.js';
import { answerSummary } from './follow-up-summary.js';
import { LinkSentLine } from './LinkSentLine.js';

/** Dark enough for white text at WCAG AA; the badge's words carry the status, not its colour. */
const statusColor = {
  pending: '#1c4f8a',
  answered: okGreen,
  unreachable: lateOrange,
  cancelled: '#495057',
} as const;

interface FollowUpActions {
  mayRecord: boolean;
  onFollowUp: (followUp: FollowUpView, action: FollowUpAction) => void;
}

/** The follow-ups after one exit (3, 6, 12, 18 months…), each with what may be done about it. */
export function FollowUpList({
  exit,
  followUps,
  ...actions
}: FollowUpActions & { exit: ExitView; followUps: FollowUpView[] }) {
  const { t } = useTranslation();
  const titleId = `follow-ups-${exit.enrolmentId}`;
  return (
    <Box mt="xs">
      <Title order={4} size="h6" id={titleId} mb={4}>
        {t('outcomes.followUps.title', { program: exit.programName })}
      </Title>
      {followUps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('outcomes.followUps.none')}
        </Text>
      ) : (
        <ul aria-labelledby={titleId} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {followUps.map((item) => (
            <li key={item.id} style={{ marginBottom: 8 }}>
              <FollowUpRow followUp={item} {...actions} />
            </li>
          ))}
        </ul>
      )}
    </Box>
  );
}

function FollowUpRow({ followUp, mayRecord, onFollowUp }: FollowUpActions & { followUp: FollowUpView }) {
  const { t } = useTranslation();
  const open = followUp.status === 'pending';
  // The server takes an answer, an attempt or a link from two weeks before the due date.
  const opensOn = addDays(followUp.dueOn, -earlyAnswerDays);
  const due = todayInOrganization() >= opensOn;
  const summary = answerSummary(followUp, t);
  return (
    <Paper
      withBorder
      p="xs"
      component="article"
      aria-label={t('outcomes.followUps.actionsFor', { months: followUp.months })}
    >
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600} size="sm">
            {t('outcomes.followUps.months', { count: followUp.months })}
          </Text>
          <Text size="sm">{t('outcomes.followUps.dueOn', { date: formatDate(followUp.dueOn) })}</Text>
          <Badge color={statusColor[followUp.status]} variant="filled" tt="none">
            {t(`outcomes.status.${followUp.status}`)}
          </Badge>
          <Text size="sm">{t('outcomes.followUps.attempts', { number: followUp.attempts })}</Text>
        </Group>
        {summary ? <Text size="sm">{summary}</Text> : null}
        {open ? <LinkSentLine followUp={followUp} /> : null}
        {mayRecord && open && !due ? (
          <Text size="sm" c="dimmed">
            {t('outcomes.followUps.opensOn', { date: formatDate(opensOn) })}
          </Text>
        ) : null}
        {mayRecord && open && due ? (
          <Group gap="xs" wrap="wrap">
            <Button size="compact-sm" onClick={() => onFollowUp(followUp, 'answer')}>
              {t('outcomes.followUps.recordAnswer')}
            </Button>
            <Button size="compact-sm" variant="default" onClick={() => onFollowUp(followUp, 'attempt')}>
              {t('outcomes.followUps.noAnswer')}
            </Button>
            <Button size="compact-sm" variant="default" onClick={() => onFollowUp(followUp, 'link')}>
              {t('outcomes.followUps.sendLink')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
