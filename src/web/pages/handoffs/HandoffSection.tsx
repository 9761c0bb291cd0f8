import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { type HandoffView, mayHandOff, usePersonHandoffs, useWithdrawHandoff } from '../../api/handoffs.js';
import { useSession } from '../../api/session.js';
import { notify } from '../../notify.js';
import { dayOf } from './handoff-words.js';
import { ProposeHandoffDialog } from './ProposeHandoffDialog.js';

/**
 * On a person's file: the hand-offs of the accompaniment, proposed from it or through which it came,
 * each in a sentence (who, when, what became of it); the sender withdraws a proposal still waiting,
 * and proposes a new one when none is.
 */
export function HandoffSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const allowed = mayHandOff(session.role);
  const handoffs = usePersonHandoffs(personId, allowed);
  const withdraw = useWithdrawHandoff();
  const [proposing, setProposing] = useState(false);
  if (!allowed) return null;
  const items = handoffs.data?.items ?? [];
  const waiting = items.some((h) => h.direction === 'sent' && h.status === 'proposed');
  return (
    <Paper withBorder p="md" mt="md" component="section" aria-labelledby="handoffs-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="handoffs-title">
          {t('handoffs.section.title')}
        </Title>
        {items.length === 0 ? <Text size="sm">{t('handoffs.section.intro')}</Text> : null}
        {withdraw.error ? (
          <Alert color="red" role="alert">
            {errorMessage(withdraw.error)}
          </Alert>
        ) : null}
        {items.map((handoff) => (
          <Stack key={handoff.id} gap={2}>
            <Text size="sm">{sentence(handoff, t)}</Text>
            {handoff.declineNote ? (
              <Text size="sm" c="dimmed">
                {t('handoffs.section.note', { note: handoff.declineNote })}
              </Text>
            ) : null}
            {handoff.direction === 'received' ? (
              <Anchor
                size="sm"
                renderRoot={(props) => (
                  <Link
                    to="/shared-people/$personId"
                    params={{ personId: handoff.senderPersonId }}
                    {...props}
                  />
                )}
              >
                {t('handoffs.section.readShared', { organization: handoff.sender.name })}
              </Anchor>
            ) : null}
            {handoff.actions.includes('withdraw') ? (
              <Group>
                <Button
                  size="xs"
                  variant="default"
                  loading={withdraw.isPending}
                  onClick={async () => {
                    await withdraw.mutateAsync(handoff.id);
                    notify({ color: 'green', message: t('handoffs.section.withdrawn_done') });
                  }}
                >
                  {t('handoffs.section.withdraw')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        ))}
        {!waiting ? (
          <Group>
            <Button variant="light" onClick={() => setProposing(true)}>
              {t('handoffs.section.propose')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      <ProposeHandoffDialog
        personId={personId}
        opened={proposing}
        onClose={() => setProposing(false)}
        onProposed={(organization) => {
          setProposing(false);
          notify({ color: 'green', message: t('handoffs.form.done', { organization }) });
        }}
      />
    </Paper>
  );
}

function sentence(
  handoff: HandoffView,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  if (handoff.direction === 'received')
    return t('handoffs.section.received', {
      organization: handoff.sender.name,
      date: dayOf(handoff.decidedAt ?? handoff.proposedAt),
    });
  const organization = handoff.receiver.name;
  switch (handoff.status) {
    case 'proposed':
      return t('handoffs.section.proposed', {
        organization,
        date: dayOf(handoff.proposedAt),
        name: handoff.proposedByName,
      });
    case 'accepted':
      return t('handoffs.section.accepted', {
        organization,
        date: dayOf(handoff.decidedAt),
        referent: handoff.receiverReferentName,
      });
    case 'declined':
      return t('handoffs.section.declined', {
        organization,
        date: dayOf(handoff.decidedAt),
        reason: handoff.declineReason ? t(`handoffs.declineReason.${handoff.declineReason}`) : '',
      });
    case 'withdrawn':
      return t('handoffs.section.withdrawn', { organization, date: dayOf(handoff.decidedAt) });
  }
}
