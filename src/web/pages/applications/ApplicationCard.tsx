import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ApplicationItem,
  type MoveBody,
  refusalReasons,
  useCommentApplication,
  useMoveApplication,
} from '../../api/applications.js';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { formatDate, todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { lateOrange, okGreen } from '../../status-colors.js';
import { Dialog } from '../caseload/Dialog.js';

type State = ApplicationItem['state'];
type ManualMove = Exclude<State, 'proposed' | 'hired'>;
type Party = 'employer' | 'person';

/**
 * Colours of the state badges (light variant: the colour is the text on a tint of itself). Mantine's
 * green, orange and red give text below WCAG AA's 4.5:1 there (axe flagged "Hired"), so these are darker.
 */
const stateColors: Record<State, string> = {
  proposed: '#495057',
  sent: '#1c5fa8',
  interview: '#5f3dc4',
  hired: okGreen,
  refused: '#b02a2a',
  withdrawn: lateOrange,
};

/**
 * One application: its step, the next steps as buttons (a refusal or a withdrawal asks its reason in a
 * dialog), its history and its comments. "Hired" is offered only when `onHire` is given: a hire is
 * recorded with its contract by the placements' form.
 */
export function ApplicationCard({
  application,
  heading,
  mayWork,
  onHire,
}: {
  application: ApplicationItem;
  /** What names the application in this list: the offer on a person's page, the person on an offer's. */
  heading: React.ReactNode;
  mayWork: boolean;
  onHire?: (application: ApplicationItem) => void;
}) {
  const { t } = useTranslation();
  const [move, setMove] = useState<ManualMove | null>(null);
  const offer = application.offer.title;
  const nextSteps = application.nextStates.filter(
    (s): s is ManualMove | 'hired' => s !== 'proposed' && (s !== 'hired' || Boolean(onHire)),
  );
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div style={{ minWidth: 0 }}>{heading}</div>
          <Badge color={stateColors[application.state]} variant="light">
            {t(`applications.state.${application.state}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('applications.proposedOn', {
            date: formatDate(application.moves[0]?.onDate ?? application.createdAt),
            name: application.proposedBy.name ?? '—',
          })}
          {application.hiredOn
            ? ` · ${t('applications.hiredOn', { date: formatDate(application.hiredOn) })}`
            : ''}
        </Text>
        {application.refusal ? (
          <Text size="sm">
            {t(`applications.party.${application.refusal.by}`)} —{' '}
            {t(`applications.reasons.${application.refusal.reason}`)} (
            {application.refusal.sharedWithPerson
              ? t('applications.sharedWithPerson')
              : t('applications.notShared')}
            )
          </Text>
        ) : null}
        {mayWork && nextSteps.length > 0 ? (
          <Group gap="xs" wrap="wrap">
            {nextSteps.map((step) => (
              <Button
                key={step}
                size="xs"
                variant={step === 'refused' || step === 'withdrawn' ? 'default' : 'light'}
                aria-label={t('applications.moveLabel', { step: t(`applications.moveTo.${step}`), offer })}
                onClick={() => (step === 'hired' ? onHire?.(application) : setMove(step))}
              >
                {t(`applications.moveTo.${step}`)}
              </Button>
            ))}
          </Group>
        ) : null}
        <History application={application} />
        <Comments application={application} mayWork={mayWork} />
      </Stack>
      {move ? <MoveDialog application={application} to={move} onClose={() => setMove(null)} /> : null}
    </Paper>
  );
}

/** The offer's title as a link to its page, with its employer. */
export function OfferHeading({ application }: { application: ApplicationItem }) {
  return (
    <>
      <Anchor
        fw={600}
        renderRoot={(props) => (
          <Link to="/offers/$offerId" params={{ offerId: application.offer.id }} {...props} />
        )}
      >
        {application.offer.title}
      </Anchor>
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {application.employer.name}
      </Text>
    </>
  );
}

function History({ application }: { application: ApplicationItem }) {
  const { t } = useTranslation();
  return (
    <details>
      <summary>
        <Text span size="sm">
          {t('applications.history')} ({application.moves.length})
        </Text>
      </summary>
      <List size="sm" aria-label={t('applications.historyOf', { offer: application.offer.title })} mt={4}>
        {application.moves.map((m) => (
          <List.Item key={m.id}>
            {formatDate(m.onDate)} — {t(`applications.state.${m.to}`)}
            {m.refusal ? ` (${t(`applications.reasons.${m.refusal.reason}`)})` : ''}{' '}
            <Text span size="xs" c="dimmed">
              {t('applications.by', { name: m.recordedBy.name ?? '—' })}
            </Text>
            {m.note ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {m.note}
              </Text>
            ) : null}
          </List.Item>
        ))}
      </List>
    </details>
  );
}

function Comments({ application, mayWork }: { application: ApplicationItem; mayWork: boolean }) {
  const { t } = useTranslation();
  const comment = useCommentApplication();
  const [body, setBody] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    comment.mutate(
      { id: application.id, body },
      {
        onSuccess: () => {
          setBody('');
          notify({ color: 'green', message: t('applications.commented') });
        },
      },
    );
  };
  return (
    <details>
      <summary>
        <Text span size="sm">
          {t('applications.comments')} ({application.comments.length})
        </Text>
      </summary>
      <Stack gap={4} mt={4}>
        {application.comments.map((c) => (
          <Text key={c.id} size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {c.body}{' '}
            <Text span size="xs" c="dimmed">
              {formatDate(c.createdAt)} {t('applications.by', { name: c.author.name ?? '—' })}
            </Text>
          </Text>
        ))}
        {mayWork ? (
          <form onSubmit={submit}>
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <Textarea
                style={{ flex: 1 }}
                label={t('applications.commentLabel', { offer: application.offer.title })}
                autosize
                minRows={1}
                maxLength={4000}
                value={body}
                onChange={(event) => setBody(event.currentTarget.value)}
                error={comment.error ? errorMessage(comment.error) : undefined}
              />
              <Button
                type="submit"
                size="sm"
                variant="light"
                loading={comment.isPending}
                disabled={!body.trim()}
              >
                {t('applications.commentSend')}
              </Button>
            </Group>
          </form>
        ) : null}
      </Stack>
    </details>
  );
}

function MoveDialog({
  application,
  to,
  onClose,
}: {
  application: ApplicationItem;
  to: ManualMove;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const moveApplication = useMoveApplication();
  const [onDate, setOnDate] = useState(todayInOrganization());
  const [note, setNote] = useState('');
  const [party, setParty] = useState<Party>('employer');
  const [reason, setReason] = useState<string | null>(null);
  const errors = fieldErrorsOf(moveApplication.error);
  const reasons = refusalReasons
    .filter((r) => (r.parties as readonly string[]).includes(party))
    .map((r) => ({
      value: r.code,
      label: `${t(`applications.reasons.${r.code}`)} — ${
        r.sharedWithPerson ? t('applications.sharedWithPerson') : t('applications.notShared')
      }`,
    }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: MoveBody = {
      to,
      onDate,
      note: note.trim() || null,
      refusal: to === 'refused' && reason ? { reason: reason as never, by: party } : null,
    };
    moveApplication.mutate(
      { id: application.id, ...body },
      {
        onSuccess: () => {
          notify({
            color: 'green',
            message: t('applications.moved', { state: t(`applications.state.${to}`) }),
          });
          onClose();
        },
      },
    );
  };
  return (
    <Dialog
      opened
      onClose={onClose}
      title={t('applications.moveTitle', {
        step: t(`applications.moveTo.${to}`),
        offer: application.offer.title,
      })}
    >
      <form onSubmit={submit}>
        <Stack gap="sm">
          {moveApplication.error && !errors.onDate && !errors.refusal ? (
            <Text c="red" role="alert" size="sm">
              {errorMessage(moveApplication.error)}
            </Text>
          ) : null}
          <TextInput
            type="date"
            label={t('applications.onDate')}
            value={onDate}
            max={todayInOrganization()}
            onChange={(event) => setOnDate(event.currentTarget.value)}
            error={errors.onDate}
            required
          />
          {to === 'refused' ? (
            <>
              <Select
                label={t('applications.refusedBy')}
                data={(['employer', 'person'] as const).map((p) => ({
                  value: p,
                  label: t(`applications.party.${p}`),
                }))}
                value={party}
                onChange={(value) => {
                  setParty((value as Party | null) ?? 'employer');
                  setReason(null);
                }}
                allowDeselect={false}
              />
              <Select
                label={t('applications.reason')}
                data={reasons}
                value={reason}
                onChange={setReason}
                required
                error={errors.refusal ?? errors['refusal.reason']}
              />
            </>
          ) : null}
          <Textarea
            label={t('applications.moveNote')}
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('applications.cancel')}
            </Button>
            <Button type="submit" loading={moveApplication.isPending} disabled={to === 'refused' && !reason}>
              {t('applications.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
