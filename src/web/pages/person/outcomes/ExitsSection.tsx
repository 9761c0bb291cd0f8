import { Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../modules/placements/domain/contract-rules.js';
import { ApiError } from '../../../api/client.js';
import { usePersonDocuments } from '../../../api/documents.js';
import { isMissingRoute } from '../../../api/errors.js';
import {
  type ExitView,
  earlyAnswerDays,
  type FollowUpView,
  mayRecordExits,
  usePersonExits,
} from '../../../api/outcomes.js';
import { usePersonPlacements } from '../../../api/placements.js';
import { useSession } from '../../../api/session.js';
import { QueryState } from '../../../components/QueryState.js';
import { formatDate, formatDateTime, todayInOrganization } from '../../../format.js';
import { lateOrange, okGreen } from '../../../status-colors.js';
import { ExitDialog, type ExitTarget } from './ExitDialog.js';
import { type FollowUpAction, FollowUpDialog } from './FollowUpDialogs.js';

/** Dark enough for white text at WCAG AA; the badge's words carry the verdict, not its colour. */
const verdictColor = {
  positive: okGreen,
  not_positive: lateOrange,
  excluded: '#495057',
  no_rule: '#495057',
} as const;

const statusColor = {
  pending: '#1c4f8a',
  answered: okGreen,
  unreachable: lateOrange,
  cancelled: '#495057',
} as const;

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

function VerdictBadge({ verdict }: { verdict: ExitView['verdict'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={verdictColor[verdict]} variant="filled" tt="none">
      {t(`outcomes.verdict.${verdict}`)}
    </Badge>
  );
}

function RuleVersion({ version }: { version: number | null }) {
  const { t } = useTranslation();
  return (
    <Text span size="sm">
      {version === null
        ? t('outcomes.section.noRuleVersion')
        : t('outcomes.section.ruleVersion', { version })}
    </Text>
  );
}

/** Instants and ids compared by their characters, not by a locale's collation (which puts '~' first). */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function ExitCard({
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
  // Oldest first — by the time each was replaced, the current one last (versions recorded in the same
  // instant keep their ids' order): the reason a version was replaced is the one its successor carries.
  const ordered = [...versions].sort(
    (a, b) =>
      byCode(a.supersededAt ?? '~', b.supersededAt ?? '~') ||
      byCode(a.recordedAt, b.recordedAt) ||
      byCode(a.id, b.id),
  );
  const superseded = ordered
    .map((version, index) => ({
      version,
      reason: version.correctionReason ?? ordered[index + 1]?.correctionReason ?? null,
    }))
    .filter(({ version }) => version.supersededAt !== null)
    .reverse();
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
        <Group gap="xs" wrap="wrap">
          <VerdictBadge verdict={exit.verdict} />
          <RuleVersion version={exit.ruleVersion} />
        </Group>
        {exit.verdictReason ? (
          <Text size="sm">{t(`outcomes.verdictReason.${exit.verdictReason}`, { defaultValue: '' })}</Text>
        ) : null}
        <ExitFacts personId={personId} exit={exit} />
        {superseded.length > 0 ? (
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
                      <Group gap="xs" wrap="wrap">
                        <VerdictBadge verdict={version.verdict} />
                        <RuleVersion version={version.ruleVersion} />
                      </Group>
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
        ) : null}
        <FollowUps exit={exit} followUps={followUps} mayRecord={mayRecord} onFollowUp={onFollowUp} />
      </Stack>
    </Paper>
  );
}

/** Who recorded an exit is shown by name; an account's id alone says nothing to the reader. */
const looksLikeId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The dates, contract, region, credential, evidence and note of one version of an exit. */
function ExitFacts({ personId, exit }: { personId: string; exit: ExitView }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm">{t('outcomes.section.exitOn', { date: formatDate(exit.exitOn) })}</Text>
      {exit.contractStartOn ? (
        <Text size="sm">
          {exit.contractEndOn
            ? t('outcomes.section.contract', {
                from: formatDate(exit.contractStartOn),
                to: formatDate(exit.contractEndOn),
              })
            : t('outcomes.section.contractFrom', { from: formatDate(exit.contractStartOn) })}
        </Text>
      ) : null}
      {exit.region ? <Text size="sm">{t('outcomes.section.region', { region: exit.region })}</Text> : null}
      {exit.credentialObtained ? (
        <Text size="sm">
          {t('outcomes.section.credential', {
            name: exit.credentialObtained.name,
            date: formatDate(exit.credentialObtained.obtainedOn),
          })}
        </Text>
      ) : null}
      <Text size="sm">
        {t('outcomes.section.evidence')} <Evidence personId={personId} exit={exit} />
      </Text>
      {exit.note ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {exit.note}
        </Text>
      ) : null}
      <Text size="sm" c="dimmed">
        {exit.recordedBy && !looksLikeId.test(exit.recordedBy)
          ? t('outcomes.section.recordedBy', { date: formatDateTime(exit.recordedAt), name: exit.recordedBy })
          : t('outcomes.section.recordedAt', { date: formatDateTime(exit.recordedAt) })}
      </Text>
    </>
  );
}

function Evidence({ personId, exit }: { personId: string; exit: ExitView }) {
  const { t } = useTranslation();
  const { evidence } = exit;
  if (evidence.kind === 'placement' && evidence.placementId)
    return <PlacementEvidence personId={personId} placementId={evidence.placementId} />;
  if (evidence.kind === 'document' && evidence.documentId)
    return <DocumentEvidence personId={personId} documentId={evidence.documentId} />;
  if (evidence.kind === 'training' && evidence.trainingName)
    return <>{t('outcomes.section.evidenceTraining', { name: evidence.trainingName })}</>;
  return <>{t(`outcomes.evidenceKind.${evidence.kind}`)}</>;
}

function PlacementEvidence({ personId, placementId }: { personId: string; placementId: string }) {
  const { t } = useTranslation();
  const placement = usePersonPlacements(personId).data?.items.find((item) => item.id === placementId);
  return (
    <>
      {placement
        ? t('outcomes.section.evidencePlacement', {
            title: `${placement.jobTitle}${placement.employer ? ` — ${placement.employer.name}` : ''}`,
          })
        : t('outcomes.evidenceKind.placement')}
    </>
  );
}

function DocumentEvidence({ personId, documentId }: { personId: string; documentId: string }) {
  const { t } = useTranslation();
  const document = usePersonDocuments(personId).data?.items.find((item) => item.id === documentId);
  return (
    <>
      {document
        ? t('outcomes.section.evidenceDocument', { title: document.title })
        : t('outcomes.evidenceKind.document')}
    </>
  );
}

function FollowUps({
  exit,
  followUps,
  mayRecord,
  onFollowUp,
}: {
  exit: ExitView;
  followUps: FollowUpView[];
  mayRecord: boolean;
  onFollowUp: (followUp: FollowUpView, action: FollowUpAction) => void;
}) {
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
              <FollowUpRow followUp={item} mayRecord={mayRecord} onFollowUp={onFollowUp} />
            </li>
          ))}
        </ul>
      )}
    </Box>
  );
}

function FollowUpRow({
  followUp,
  mayRecord,
  onFollowUp,
}: {
  followUp: FollowUpView;
  mayRecord: boolean;
  onFollowUp: (followUp: FollowUpView, action: FollowUpAction) => void;
}) {
  const { t } = useTranslation();
  const answer = followUp.answer;
  const open = followUp.status === 'pending';
  // The server takes an answer, an attempt or a link from two weeks before the due date.
  const opensOn = addDays(followUp.dueOn, -earlyAnswerDays);
  const due = todayInOrganization() >= opensOn;
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
        {followUp.answeredOn ? (
          <Text size="sm">
            {t('outcomes.followUps.answeredOn', { date: formatDate(followUp.answeredOn) })}
            {followUp.answeredVia && ['phone', 'in_person', 'email'].includes(followUp.answeredVia)
              ? ` (${t(`outcomes.via.${followUp.answeredVia}`).toLowerCase()})`
              : ''}
            {answer
              ? ` · ${answer.employed ? t('outcomes.followUps.employed') : t('outcomes.followUps.notEmployed')}${
                  answer.contractType ? ` — ${t(`outcomes.answerContract.${answer.contractType}`)}` : ''
                }${answer.inTraining ? ` · ${t('outcomes.followUps.inTraining')}` : ''}${
                  answer.wageBand ? ` · ${t(`outcomes.wageBand.${answer.wageBand}`)}` : ''
                }`
              : ''}
          </Text>
        ) : null}
        {followUp.linkSentAt && open ? (
          <Text size="sm" c="dimmed">
            {t('outcomes.followUps.linkSent', {
              date: formatDateTime(followUp.linkSentAt),
              expires: formatDateTime(followUp.linkExpiresAt),
            })}
          </Text>
        ) : null}
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
