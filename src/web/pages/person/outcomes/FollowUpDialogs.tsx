import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/errors.js';
import {
  attemptResults,
  type FollowUpAnswerBody,
  type FollowUpView,
  followUpFormLanguages,
  useRecordFollowUpAnswer,
  useRecordFollowUpAttempt,
  useSendFollowUpLink,
  wageBands,
} from '../../../api/outcomes.js';
import { formatDateTime, todayInOrganization } from '../../../format.js';
import { notify } from '../../../notify.js';
import { Dialog } from '../../caseload/Dialog.js';
import { outcomeFieldErrors, shownUnder } from './exit-errors.js';

export type FollowUpAction = 'answer' | 'attempt' | 'link';

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
  return (
    <Dialog
      opened={opened && followUp !== null}
      onClose={onClose}
      title={title}
      size={action === 'answer' ? 'lg' : 'md'}
    >
      {opened && followUp && action === 'answer' ? (
        <AnswerForm personId={personId} followUp={followUp} onClose={onClose} />
      ) : null}
      {opened && followUp && action === 'attempt' ? (
        <AttemptForm personId={personId} followUp={followUp} onClose={onClose} />
      ) : null}
      {opened && followUp && action === 'link' ? (
        <LinkForm personId={personId} followUp={followUp} onClose={onClose} />
      ) : null}
    </Dialog>
  );
}

function FormShell({
  error,
  shown,
  pending,
  submitLabel,
  onSubmit,
  onClose,
  children,
}: {
  error: unknown;
  shown: readonly string[];
  pending: boolean;
  submitLabel: string;
  onSubmit: () => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await onSubmit();
    } catch {
      // Shown in the form.
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error && !shownUnder(outcomeFieldErrors(error, t), shown) ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('outcomes.dialog.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type Tri = '' | 'yes' | 'no';
const triOf = (value: Tri): boolean | null => (value === '' ? null : value === 'yes');

const answerFields = [
  'answeredOn',
  'via',
  'employed',
  'sameEmployer',
  'contractType',
  'hoursPerWeek',
  'wageBand',
  'inTraining',
  'inRegion',
  'satisfied',
] as const;

const answerContracts = ['permanent', 'fixed_term', 'temporary', 'self_employed', 'other'] as const;

function AnswerForm({
  personId,
  followUp,
  onClose,
}: {
  personId: string;
  followUp: FollowUpView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const answer = useRecordFollowUpAnswer(personId);
  const [answeredOn, setAnsweredOn] = useState(todayInOrganization());
  const [via, setVia] = useState<FollowUpAnswerBody['via']>('phone');
  const [employed, setEmployed] = useState(false);
  const [sameEmployer, setSameEmployer] = useState<Tri>('');
  const [contractType, setContractType] = useState('');
  const [hours, setHours] = useState<number | string>('');
  const [wageBand, setWageBand] = useState('');
  const [inTraining, setInTraining] = useState(false);
  const [inRegion, setInRegion] = useState<Tri>('');
  const [satisfied, setSatisfied] = useState('');
  const errors = outcomeFieldErrors(answer.error, t);
  const tri = [
    { value: '', label: t('outcomes.answer.notAsked') },
    { value: 'yes', label: t('outcomes.answer.yes') },
    { value: 'no', label: t('outcomes.answer.no') },
  ];

  return (
    <FormShell
      error={answer.error}
      shown={answerFields}
      pending={answer.isPending}
      submitLabel={t('outcomes.answer.submit')}
      onClose={onClose}
      onSubmit={async () => {
        const body: FollowUpAnswerBody = {
          answeredOn,
          via,
          employed,
          sameEmployer: employed ? triOf(sameEmployer) : null,
          contractType:
            employed && contractType ? (contractType as FollowUpAnswerBody['contractType']) : null,
          hoursPerWeek: employed && typeof hours === 'number' ? hours : null,
          wageBand: wageBand ? (wageBand as FollowUpAnswerBody['wageBand']) : null,
          inTraining,
          inRegion: triOf(inRegion),
          satisfied: satisfied ? Number(satisfied) : null,
        };
        await answer.mutateAsync({ followUpId: followUp.id, body });
        notify({ color: 'green', message: t('outcomes.answer.recorded') });
        onClose();
      }}
    >
      <Group grow align="flex-start" wrap="wrap">
        <TextInput
          type="date"
          label={t('outcomes.answer.answeredOn')}
          required
          value={answeredOn}
          error={errors.answeredOn}
          onChange={(event) => setAnsweredOn(event.currentTarget.value)}
          data-autofocus
        />
        <NativeSelect
          label={t('outcomes.answer.via')}
          required
          value={via}
          error={errors.via}
          onChange={(event) => setVia(event.currentTarget.value as FollowUpAnswerBody['via'])}
          data={(['phone', 'in_person', 'email'] as const).map((value) => ({
            value,
            label: t(`outcomes.via.${value}`),
          }))}
        />
      </Group>
      <Checkbox
        label={t('outcomes.answer.employed')}
        checked={employed}
        error={errors.employed}
        onChange={(event) => setEmployed(event.currentTarget.checked)}
      />
      {employed ? (
        <>
          <Group grow align="flex-start" wrap="wrap">
            <NativeSelect
              label={t('outcomes.answer.sameEmployer')}
              value={sameEmployer}
              error={errors.sameEmployer}
              onChange={(event) => setSameEmployer(event.currentTarget.value as Tri)}
              data={tri}
            />
            <NativeSelect
              label={t('outcomes.answer.contractType')}
              value={contractType}
              error={errors.contractType}
              onChange={(event) => setContractType(event.currentTarget.value)}
              data={[
                { value: '', label: t('outcomes.answer.notAsked') },
                ...answerContracts.map((value) => ({ value, label: t(`outcomes.answerContract.${value}`) })),
              ]}
            />
          </Group>
          <NumberInput
            label={t('outcomes.answer.hoursPerWeek')}
            min={1}
            max={80}
            value={hours}
            error={errors.hoursPerWeek}
            onChange={setHours}
          />
          <NativeSelect
            label={t('outcomes.answer.wageBand')}
            value={wageBand}
            error={errors.wageBand}
            onChange={(event) => setWageBand(event.currentTarget.value)}
            data={[
              { value: '', label: t('outcomes.answer.notAsked') },
              ...wageBands.map((value) => ({ value, label: t(`outcomes.wageBand.${value}`) })),
            ]}
          />
        </>
      ) : null}
      <Checkbox
        label={t('outcomes.answer.inTraining')}
        checked={inTraining}
        error={errors.inTraining}
        onChange={(event) => setInTraining(event.currentTarget.checked)}
      />
      <Group grow align="flex-start" wrap="wrap">
        <NativeSelect
          label={t('outcomes.answer.inRegion')}
          value={inRegion}
          error={errors.inRegion}
          onChange={(event) => setInRegion(event.currentTarget.value as Tri)}
          data={tri}
        />
        <NativeSelect
          label={t('outcomes.answer.satisfied')}
          value={satisfied}
          error={errors.satisfied}
          onChange={(event) => setSatisfied(event.currentTarget.value)}
          data={[
            { value: '', label: t('outcomes.answer.notAsked') },
            ...(['1', '2', '3', '4', '5'] as const).map((value) => ({
              value,
              label: t(`outcomes.satisfaction.${value}`),
            })),
          ]}
        />
      </Group>
    </FormShell>
  );
}

const attemptChoices = attemptResults.filter(
  (result): result is Exclude<(typeof attemptResults)[number], 'sent'> => result !== 'sent',
);

function AttemptForm({
  personId,
  followUp,
  onClose,
}: {
  personId: string;
  followUp: FollowUpView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const attempt = useRecordFollowUpAttempt(personId);
  const [result, setResult] = useState<(typeof attemptChoices)[number]>('no_answer');
  const [note, setNote] = useState('');
  const errors = outcomeFieldErrors(attempt.error, t);
  return (
    <FormShell
      error={attempt.error}
      shown={['result', 'note']}
      pending={attempt.isPending}
      submitLabel={t('outcomes.attempt.submit')}
      onClose={onClose}
      onSubmit={async () => {
        const answer = await attempt.mutateAsync({
          followUpId: followUp.id,
          body: { result, note: note.trim() ? note.trim() : null },
        });
        notify({
          color: 'green',
          message:
            answer.status === 'unreachable'
              ? t('outcomes.attempt.nowUnreachable')
              : t('outcomes.attempt.recorded', { count: answer.attempts }),
        });
        onClose();
      }}
    >
      <NativeSelect
        label={t('outcomes.attempt.result')}
        required
        value={result}
        error={errors.result}
        onChange={(event) => setResult(event.currentTarget.value as (typeof attemptChoices)[number])}
        data={attemptChoices.map((value) => ({ value, label: t(`outcomes.attemptResult.${value}`) }))}
        data-autofocus
      />
      <TextInput
        label={t('outcomes.attempt.note')}
        maxLength={500}
        value={note}
        error={errors.note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
    </FormShell>
  );
}

function LinkForm({
  personId,
  followUp,
  onClose,
}: {
  personId: string;
  followUp: FollowUpView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const send = useSendFollowUpLink(personId);
  // By default the language of the person's file (the server picks it), else the one chosen here.
  const [language, setLanguage] = useState('');
  const [sent, setSent] = useState<{ sentTo: string; expiresAt: string } | null>(null);
  const errors = outcomeFieldErrors(send.error, t);
  if (sent)
    return (
      <Stack>
        <Alert color="green" role="status">
          {t('outcomes.link.sent', { to: sent.sentTo, date: formatDateTime(sent.expiresAt) })}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            {t('outcomes.link.close')}
          </Button>
        </Group>
      </Stack>
    );
  return (
    <FormShell
      error={send.error}
      shown={['language']}
      pending={send.isPending}
      submitLabel={t('outcomes.link.submit')}
      onClose={onClose}
      onSubmit={async () => {
        setSent(
          await send.mutateAsync({
            followUpId: followUp.id,
            body: { language: language ? (language as (typeof followUpFormLanguages)[number]) : null },
          }),
        );
      }}
    >
      <Text size="sm">{t('outcomes.link.intro')}</Text>
      {followUp.linkSentAt ? (
        <Text size="sm" c="dimmed">
          {t('outcomes.followUps.linkSent', {
            date: formatDateTime(followUp.linkSentAt),
            expires: formatDateTime(followUp.linkExpiresAt),
          })}
        </Text>
      ) : null}
      <NativeSelect
        label={t('outcomes.link.language')}
        value={language}
        error={errors.language}
        onChange={(event) => setLanguage(event.currentTarget.value)}
        data={[
          { value: '', label: t('outcomes.link.personLanguage') },
          ...followUpFormLanguages.map((value) => ({ value, label: t(`outcomes.formLanguage.${value}`) })),
        ]}
        data-autofocus
      />
    </FormShell>
  );
}
