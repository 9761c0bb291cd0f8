import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import {
  type MoveView,
  mayReadMoves,
  mayRecordMoves,
  useCancelMove,
  usePersonMoves,
} from '../../api/moves.js';
import { useSession } from '../../api/session.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { ProposeHandoffDialog } from '../handoffs/ProposeHandoffDialog.js';
import { RecordMoveDialog } from './RecordMoveDialog.js';

/**
 * On a person's file: the household's moves to a region — where, when, housing and activity on
 * arrival, who moved — and, for the regional partner a move names, whether the hand-off was proposed
 * and what it answered; recording a move, proposing the hand-off it calls for, cancelling a mistake.
 */
export function MoveSection({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const readable = mayReadMoves(session.role);
  const writable = mayRecordMoves(session.role);
  const moves = usePersonMoves(personId, readable);
  const [recording, setRecording] = useState(false);
  const [handingTo, setHandingTo] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<MoveView | null>(null);
  if (!readable) return null;
  const items = moves.data?.items ?? [];
  return (
    <Paper withBorder p="md" mt="md" component="section" aria-labelledby="moves-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="moves-title">
          {t('moves.section.title')}
        </Title>
        {moves.error ? (
          <Alert color="red" role="alert">
            {errorMessage(moves.error)}
          </Alert>
        ) : null}
        {items.length === 0 && moves.data ? <Text size="sm">{t('moves.section.intro')}</Text> : null}
        {items.map((move) => (
          <Stack
            key={move.id}
            gap={4}
            aria-label={t('moves.section.itemLabel', { place: move.destination.name ?? '' })}
          >
            <Group gap="xs">
              <Text size="sm" fw={600} td={move.status === 'cancelled' ? 'line-through' : undefined}>
                {t('moves.section.moved', {
                  date: formatDate(move.movedOn),
                  place: move.destination.name ?? move.destination.code,
                  region: move.region.name ?? move.region.code,
                })}
              </Text>
              {move.status === 'cancelled' ? (
                <Badge color="gray">{t('moves.section.cancelled')}</Badge>
              ) : null}
            </Group>
            <Text size="sm">
              {t('moves.section.facts', {
                size: move.householdSize,
                housing: t(`moves.housing.${move.housing}`),
                activity: t(`moves.activity.${move.activity}`),
              })}
              {move.activityNote ? ` — ${move.activityNote}` : ''}
            </Text>
            {move.members.length > 1 ? (
              <Text size="sm" c="dimmed">
                {t('moves.section.members', { names: move.members.map((m) => m.name).join(', ') })}
              </Text>
            ) : null}
            {move.exitRecorded && move.program ? (
              <Text size="sm" c="dimmed">
                {t('moves.section.exit', {
                  program: i18n.language === 'fr' ? move.program.nameFr : move.program.nameEn,
                })}
              </Text>
            ) : null}
            {move.receivingOrganization ? (
              <Text size="sm">
                {move.handoff
                  ? t(`moves.section.handoff_${move.handoff.status}`, {
                      organization: move.receivingOrganization.name,
                    })
                  : t('moves.section.handoff_none', { organization: move.receivingOrganization.name })}
              </Text>
            ) : null}
            {move.status === 'cancelled' && move.cancelReason ? (
              <Text size="sm" c="dimmed">
                {t('moves.section.cancelReason', { reason: move.cancelReason })}
              </Text>
            ) : null}
            {writable && move.status === 'recorded' ? (
              <Group gap="xs">
                {move.receivingOrganization &&
                (!move.handoff ||
                  move.handoff.status === 'declined' ||
                  move.handoff.status === 'withdrawn') ? (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setHandingTo(move.receivingOrganization!.id)}
                  >
                    {t('moves.section.proposeHandoff', { organization: move.receivingOrganization.name })}
                  </Button>
                ) : null}
                <Button size="xs" variant="default" onClick={() => setCancelling(move)}>
                  {t('moves.section.cancel')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        ))}
        {writable ? (
          <Group>
            <Button variant="light" onClick={() => setRecording(true)}>
              {t('moves.section.record')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      {recording ? (
        <RecordMoveDialog
          personId={personId}
          opened={recording}
          onClose={() => setRecording(false)}
          onRecorded={(receiver) => {
            setRecording(false);
            notify({ color: 'green', message: t('moves.form.done') });
            if (receiver) setHandingTo(receiver);
          }}
        />
      ) : null}
      {handingTo ? (
        <ProposeHandoffDialog
          personId={personId}
          opened
          receiverOrganizationId={handingTo}
          onClose={() => setHandingTo(null)}
          onProposed={(organization) => {
            setHandingTo(null);
            notify({ color: 'green', message: t('handoffs.form.done', { organization }) });
          }}
        />
      ) : null}
      {cancelling ? <CancelMoveDialog move={cancelling} onClose={() => setCancelling(null)} /> : null}
    </Paper>
  );
}

function CancelMoveDialog({ move, onClose }: { move: MoveView; onClose: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelMove();
  const [reason, setReason] = useState('');
  return (
    <Dialog opened onClose={onClose} title={t('moves.cancel.title')}>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          await cancel.mutateAsync({ moveId: move.id, reason: reason.trim() });
          notify({ color: 'green', message: t('moves.cancel.done') });
          onClose();
        }}
      >
        <Stack gap="sm">
          {cancel.error ? (
            <Alert color="red" role="alert">
              {errorMessage(cancel.error)}
            </Alert>
          ) : null}
          <Text size="sm">{t('moves.cancel.intro')}</Text>
          <Textarea
            label={t('moves.cancel.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            required
            maxLength={500}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('app.cancel')}
            </Button>
            <Button
              type="submit"
              color="red"
              loading={cancel.isPending}
              disabled={reason.trim().length === 0}
            >
              {t('moves.cancel.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
