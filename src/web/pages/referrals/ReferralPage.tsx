import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import {
  type ReferralView,
  useAcceptReferral,
  useReferral,
  useReferralPerson,
  useWithdrawReferral,
} from '../../api/referrals.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';
import { SharedSections } from '../sharing/SharedPersonPage.js';
import { CompleteForm, DeclineForm } from './AnswerForms.js';
import { referralTarget, statusColor } from './ReferralsPage.js';

const route = getRouteApi('/app/referrals/$referralId');

/**
 * One referral, seen by the organization that sent it or the one that received it: where from and to,
 * for what, the message, the status and its answer; the receiver reads what it shares of the person
 * (while a consent covers it), accepts, declines with a reason, completes, and registers the person at
 * intake; the sender withdraws it while pending, or records a directory service's answer.
 */
export function ReferralPage() {
  const { t } = useTranslation();
  const { referralId } = route.useParams();
  const referral = useReferral(referralId);
  const data = referral.data;
  const title = data
    ? data.person
      ? `${data.person.givenName} ${data.person.familyName}`
      : t(`referrals.purpose.${data.purpose}`)
    : t('referrals.title');
  return (
    <>
      <Anchor
        size="sm"
        mb="xs"
        display="inline-block"
        renderRoot={(props) => (
          <Link to="/referrals" search={{ box: data?.direction ?? 'received' }} {...props} />
        )}
      >
        {t('referrals.back')}
      </Anchor>
      <PageTitle
        title={title}
        intro={data ? t('referrals.fromTo', { from: data.sender.name, to: referralTarget(data) }) : undefined}
      />
      <QueryState isPending={referral.isPending} error={referral.error} onRetry={() => referral.refetch()}>
        {data ? <ReferralDetails referral={data} /> : null}
      </QueryState>
    </>
  );
}

function ReferralDetails({ referral }: { referral: ReferralView }) {
  const { t, i18n } = useTranslation();
  const english = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  const received = referral.direction === 'received';
  const answersHere = received || referral.service !== null;
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Group gap="xs">
            <Badge variant="light" color={statusColor[referral.status]}>
              {t(`referrals.status.${referral.status}`)}
            </Badge>
            <Text fw={500}>{t(`referrals.purpose.${referral.purpose}`)}</Text>
            {referral.pendingDays !== null ? (
              <Text size="sm" c="dimmed">
                {t('referrals.pendingDays', { count: referral.pendingDays })}
              </Text>
            ) : null}
          </Group>
          <Text size="sm">
            {referral.program
              ? t('referrals.inProgram', {
                  program: english ? referral.program.nameEn : referral.program.nameFr,
                })
              : t('referrals.inNoProgram')}
          </Text>
          <Text size="sm">
            {t('referrals.sentBy', {
              name: referral.sentBy.name ?? '—',
              date: formatDate(referral.sentAt.slice(0, 10)),
            })}
          </Text>
          {referral.answeredAt ? (
            <Text size="sm">
              {t('referrals.answeredBy', {
                name: referral.answeredBy?.name ?? '—',
                date: formatDate(referral.answeredAt.slice(0, 10)),
              })}
            </Text>
          ) : null}
          {referral.declineReason ? (
            <Text size="sm">
              {t('referrals.reasonLabel')} : {t(`referrals.declineReason.${referral.declineReason}`)}
              {referral.declineNote ? ` — ${referral.declineNote}` : ''}
            </Text>
          ) : null}
          {referral.outcomeNote ? (
            <Text size="sm">
              {t('referrals.outcomeNote')} : {referral.outcomeNote}
            </Text>
          ) : null}
          <Title order={2} size="h5" mt="xs">
            {t('referrals.message')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{referral.message ?? t('referrals.noMessage')}</Text>
          {!received && referral.person ? (
            <Anchor
              size="sm"
              renderRoot={(props) => (
                <Link
                  to="/people/$personId"
                  params={{ personId: referral.person?.id ?? '' }}
                  search={{ tab: 'referrals' }}
                  {...props}
                />
              )}
            >
              {`${referral.person.givenName} ${referral.person.familyName}`}
            </Anchor>
          ) : null}
        </Stack>
      </Paper>
      {answersHere ? <Answer referral={referral} /> : null}
      {!received && referral.status === 'pending' ? <Withdraw referralId={referral.id} /> : null}
      {received ? <ReceiverSide referral={referral} /> : null}
    </Stack>
  );
}

function Answer({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<'decline' | 'complete' | null>(null);
  const accept = useAcceptReferral(referral.id);
  const canAccept = referral.status === 'pending';
  const canDecline = referral.status === 'pending' || referral.status === 'accepted';
  const canComplete = referral.status === 'accepted';
  if (!canDecline) return null;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('referrals.actions')}>
      <Title order={2} size="h4" mb="sm">
        {referral.direction === 'received' ? t('referrals.actions') : t('referrals.recordServiceAnswer')}
      </Title>
      {form === 'decline' ? (
        <DeclineForm referralId={referral.id} onDone={() => setForm(null)} />
      ) : form === 'complete' ? (
        <CompleteForm referralId={referral.id} onDone={() => setForm(null)} />
      ) : (
        <Group>
          {canAccept ? (
            <Button
              loading={accept.isPending}
              onClick={() =>
                accept
                  .mutateAsync(undefined)
                  .then(() => notify({ color: 'green', message: t('referrals.accepted') }))
                  .catch((error: unknown) => notify({ color: 'red', message: errorMessage(error) }))
              }
            >
              {t('referrals.accept')}
            </Button>
          ) : null}
          {canComplete ? (
            <Button variant="light" onClick={() => setForm('complete')}>
              {t('referrals.complete')}
            </Button>
          ) : null}
          <Button variant="light" color="red.9" onClick={() => setForm('decline')}>
            {t('referrals.decline')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}

function Withdraw({ referralId }: { referralId: string }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawReferral(referralId);
  return (
    <Button
      variant="subtle"
      color="red.9"
      style={{ alignSelf: 'flex-start' }}
      loading={withdraw.isPending}
      onClick={() =>
        withdraw
          .mutateAsync(undefined)
          .then(() => notify({ color: 'green', message: t('referrals.withdrawn') }))
          .catch((error: unknown) => notify({ color: 'red', message: errorMessage(error) }))
      }
    >
      {t('referrals.withdraw')}
    </Button>
  );
}

/** The receiver: what is shared of the person, and the way to its own file once accepted. */
function ReceiverSide({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const person = useReferralPerson(referral.id, referral.personShared);
  const accepted = referral.status === 'accepted' || referral.status === 'completed';
  return (
    <>
      {accepted ? (
        <Paper withBorder p="md">
          {referral.receiverPersonId ? (
            <Anchor
              renderRoot={(props) => (
                <Link
                  to="/people/$personId"
                  params={{ personId: referral.receiverPersonId ?? '' }}
                  {...props}
                />
              )}
            >
              {t('referrals.linkedFile')}
            </Anchor>
          ) : (
            <Stack gap="xs">
              <Text size="sm">{t('referrals.registerHint')}</Text>
              <Button
                style={{ alignSelf: 'flex-start' }}
                renderRoot={(props) => (
                  <Link to="/people/new" search={{ referral: referral.id }} {...props} />
                )}
              >
                {t('referrals.register')}
              </Button>
            </Stack>
          )}
        </Paper>
      ) : null}
      <Title order={2} size="h4">
        {t('referrals.sharedTitle')}
      </Title>
      {referral.sections.length === 0 ? (
        <Text>{t('referrals.sharedNothingChosen')}</Text>
      ) : !referral.personShared ||
        (person.error instanceof ApiError && person.error.code === 'REFERRAL_PERSON_NOT_SHARED') ? (
        <Alert color="gray" role="status">
          {t('referrals.sharedNone')}
        </Alert>
      ) : (
        <QueryState isPending={person.isPending} error={person.error} onRetry={() => person.refetch()}>
          {person.data ? <SharedSections data={person.data} /> : null}
        </QueryState>
      )}
    </>
  );
}
