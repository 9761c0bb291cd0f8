import { Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExitView, FollowUpView } from '../../../api/outcomes.js';
import { formatDateTime } from '../../../format.js';
import { ExitFacts } from './ExitFacts.js';
import { supersededVersions } from './exit-history.js';
import type { FollowUpAction } from './FollowUpDialog.js';
import { FollowUpList } from './FollowUpList.js';
import { Verdict } from './Verdict.js';

/** One enrolment's current exit: its verdict, facts, the versions it corrected, and its follow-ups. */
export function ExitCard({
  personId,
  exit,
  versions,
  followUps,
  mayRecord,
  onCorrect,
  onFollowUp,
}: {
  personId: string;
  exit: ExitView;
  /** Every version of the enrolment's exit, the current one included. */
  versions: ExitView[];
  followUps: FollowUpView[];
  mayRecord: boolean;
  onCorrect: () => void;
  onFollowUp: (followUp: FollowUpView, action: FollowUpAction) => void;
}) {
  const { t } = useTranslation();
  const headingId = `exit-${exit.id}`;
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={3} size="h5" id={headingId}>
              {exit.programName}
            </Title>
            <Text fw={600}>{t(`outcomes.outcome.${exit.outcome}`)}</Text>
          </div>
          {mayRecord ? (
            <Button
              size="compact-sm"
              variant="default"
              aria-label={t('outcomes.section.correctLabel', { program: exit.programName })}
              onClick={onCorrect}
            >
              {t('outcomes.section.correct')}
            </Button>
          ) : null}
        </Group>
        <Verdict exit={exit} />
        {exit.verdictReason ? (
          <Text size="sm">{t(`outcomes.verdictReason.${exit.verdictReason}`, { defaultValue: '' })}</Text>
        ) : null}
        <ExitFacts personId={personId} exit={exit} />
        <CorrectedVersions personId={personId} versions={versions} />
        <FollowUpList exit={exit} followUps={followUps} mayRecord={mayRecord} onFollowUp={onFollowUp} />
      </Stack>
    </Paper>
  );
}

/** The versions corrections replaced, folded away (a native disclosure: keyboard and screen readers know it). */
function CorrectedVersions({ personId, versions }: { personId: string; versions: ExitView[] }) {
  const { t } = useTranslation();
  const superseded = supersededVersions(versions);
  if (superseded.length === 0) return null;
  return (
    <Box component="details">
      <Box component="summary" style={{ cursor: 'pointer' }}>
        <Text span size="sm" fw={600}>
          {t('outcomes.section.history', { count: superseded.length })}
        </Text>
      </Box>
      <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
        {superseded.map(({ version, reason }) => (
          <li key={version.id} style={{ marginBottom: 8 }}>
            <Paper withBorder p="xs">
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t(`outcomes.outcome.${version.outcome}`)}
                </Text>
                <Verdict exit={version} />
                <ExitFacts personId={personId} exit={version} />
                <Text size="sm">
                  {t('outcomes.section.supersededOn', { date: formatDateTime(version.supersededAt) })}
                </Text>
                {reason ? <Text size="sm">{t('outcomes.section.reason', { reason })}</Text> : null}
              </Stack>
            </Paper>
          </li>
        ))}
      </ul>
    </Box>
  );
}
