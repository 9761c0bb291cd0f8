import { Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.js';
import { isMissingRoute } from '../../../api/errors.js';
import { type FollowUpView, mayRecordExits, usePersonExits } from '../../../api/outcomes.js';
import { useSession } from '../../../api/session.js';
import { QueryState } from '../../../components/QueryState.js';
import { ExitCard } from './ExitCard.js';
import { ExitDialog, type ExitTarget } from './ExitDialog.js';
import { type FollowUpAction, FollowUpDialog } from './FollowUpDialog.js';

/**
 * The person's exits (Programs tab, under the enrolments): each current exit with its verdict under
 * the program's rule version, its evidence and the versions it corrected; the follow-ups after it
 * (3, 6, 12, 18 months…) with their answers, attempts and form links.
 */
export function ExitsSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const exits = usePersonExits(personId);
  const mayRecord = mayRecordExits(session.role);
  // What a dialog is about stays set while it closes, so that it keeps its title as it fades out.
  const [correcting, setCorrecting] = useState<ExitTarget | null>(null);
  const [correctOpen, setCorrectOpen] = useState(false);
  const [followUp, setFollowUp] = useState<{ followUp: FollowUpView; action: FollowUpAction } | null>(null);
  const [followUpOpen, setFollowUpOpen] = useState(false);
  // Before the outcomes' routes are mounted, or for a role that does not read exits, the tab shows
  // the enrolments alone.
  if (isMissingRoute(exits.error) || (exits.error instanceof ApiError && exits.error.status === 403))
    return null;
  const all = exits.data?.exits ?? [];
  const current = all.filter((exit) => exit.supersededAt === null);
  const followUps = exits.data?.followUps ?? [];

  return (
    <Paper withBorder p="md" mt="lg" component="section" aria-labelledby="exits-title">
      <Title order={2} size="h4" id="exits-title">
        {t('outcomes.section.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('outcomes.section.intro')}
      </Text>
      <QueryState isPending={exits.isPending} error={exits.error} onRetry={() => exits.refetch()}>
        {current.length === 0 ? (
          <Text c="dimmed">{t('outcomes.section.empty')}</Text>
        ) : (
          <ul aria-label={t('outcomes.section.list')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {current.map((exit) => (
              <li key={exit.id} style={{ marginBottom: 16 }}>
                <ExitCard
                  personId={personId}
                  exit={exit}
                  versions={all.filter((version) => version.enrolmentId === exit.enrolmentId)}
                  followUps={followUps
                    .filter((item) => item.enrolmentId === exit.enrolmentId)
                    .sort((a, b) => a.months - b.months)}
                  mayRecord={mayRecord}
                  onCorrect={() => {
                    setCorrecting({ mode: 'correct', exit });
                    setCorrectOpen(true);
                  }}
                  onFollowUp={(item, action) => {
                    setFollowUp({ followUp: item, action });
                    setFollowUpOpen(true);
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      <ExitDialog
        personId={personId}
        target={correcting}
        opened={correctOpen}
        onClose={() => setCorrectOpen(false)}
      />
      <FollowUpDialog
        personId={personId}
        followUp={followUp?.followUp ?? null}
        action={followUp?.action ?? 'answer'}
        opened={followUpOpen}
        onClose={() => setFollowUpOpen(false)}
      />
    </Paper>
  );
}
