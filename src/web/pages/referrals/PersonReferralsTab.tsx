import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonReferrals } from '../../api/referrals.js';
import { QueryState } from '../../components/QueryState.js';
import { ReferPanel } from './ReferPanel.js';
import { ReferralsTable } from './ReferralsPage.js';

/** The person's referrals on their file (sent from it, or received and linked to it), and the way to refer. */
export function PersonReferralsTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const referrals = usePersonReferrals(personId);
  const [referring, setReferring] = useState(false);
  return (
    <Stack gap="md">
      {referring ? (
        <ReferPanel personId={personId} onDone={() => setReferring(false)} />
      ) : (
        <Button variant="light" style={{ alignSelf: 'flex-start' }} onClick={() => setReferring(true)}>
          {t('referrals.refer')}
        </Button>
      )}
      <QueryState isPending={referrals.isPending} error={referrals.error} onRetry={() => referrals.refetch()}>
        {referrals.data ? (
          referrals.data.items.length === 0 ? (
            <Text>{t('referrals.personEmpty')}</Text>
          ) : (
            <ReferralsTable items={referrals.data.items} box="person" />
          )
        ) : null}
      </QueryState>
    </Stack>
  );
}
