import { Anchor, Badge, Group, NativeSelect, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ReferralStatus,
  type ReferralView,
  referralStatuses,
  useReferrals,
} from '../../api/referrals.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate } from '../../format.js';
import { ReminderDelaysPanel } from '../staff/ReminderDelaysPanel.js';
import { DirectorySection } from './DirectorySection.js';

const route = getRouteApi('/app/referrals');
type Box = 'received' | 'sent' | 'directory';

export const statusColor: Record<ReferralStatus, string> = {
  pending: 'orange.9',
  accepted: 'blue.9',
  declined: 'red.9',
  completed: 'green.9',
  withdrawn: 'gray.8',
};

/**
 * Referrals: the inbox of referrals received (newest first, those awaiting an answer flagged with their
 * days), those sent with their status, and the partner directory.
 */
export function ReferralsPage() {
  const { t } = useTranslation();
  const { box = 'received' } = route.useSearch();
  const navigate = route.useNavigate();
  const [status, setStatus] = useState<ReferralStatus | ''>('');
  return (
    <>
      <PageTitle title={t('referrals.title')} intro={t('referrals.intro')} />
      <Stack>
        <SegmentedControl
          aria-label={t('referrals.title')}
          value={box}
          onChange={(value) => void navigate({ search: { box: value as Box } })}
          data={(['received', 'sent', 'directory'] as const).map((value) => ({
            value,
            label: t(`referrals.boxes.${value}`),
          }))}
          style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
          fullWidth
        />
        {box === 'directory' ? (
          <DirectorySection />
        ) : (
          <>
            <Group>
              <NativeSelect
                label={t('referrals.statusFilter')}
                value={status}
                onChange={(event) => setStatus(event.currentTarget.value as ReferralStatus | '')}
                data={[
                  { value: '', label: t('referrals.anyStatus') },
                  ...referralStatuses.map((value) => ({ value, label: t(`referrals.status.${value}`) })),
                ]}
              />
            </Group>
            <ReferralsList box={box} status={status || undefined} />
            {box === 'sent' ? <ReminderDelaysPanel /> : null}
          </>
        )}
      </Stack>
    </>
  );
}

function ReferralsList({ box, status }: { box: 'received' | 'sent'; status?: ReferralStatus }) {
  const { t } = useTranslation();
  const referrals = useReferrals(box, status);
  return (
    <QueryState isPending={referrals.isPending} error={referrals.error} onRetry={() => referrals.refetch()}>
      {referrals.data ? (
        referrals.data.items.length === 0 ? (
          <Text>{t(box === 'received' ? 'referrals.emptyReceived' : 'referrals.emptySent')}</Text>
        ) : (
          <ReferralsTable items={referrals.data.items} box={box} />
        )
      ) : null}
    </QueryState>
  );
}

export function referralTarget(referral: ReferralView): string {
  return referral.receiver?.name ?? referral.service?.name ?? '';
}

export function ReferralsTable({
  items,
  box,
}: {
  items: ReferralView[];
  box: 'received' | 'sent' | 'person';
}) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={t('referrals.listLabel')}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              {box === 'person' ? t('referrals.columns.purpose') : t('referrals.columns.person')}
            </Table.Th>
            {box !== 'sent' ? <Table.Th scope="col">{t('referrals.columns.from')}</Table.Th> : null}
            {box !== 'received' ? <Table.Th scope="col">{t('referrals.columns.to')}</Table.Th> : null}
            {box !== 'person' ? <Table.Th scope="col">{t('referrals.columns.purpose')}</Table.Th> : null}
            <Table.Th scope="col">{t('referrals.columns.sentAt')}</Table.Th>
            <Table.Th scope="col">{t('referrals.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((referral) => {
            const label =
              box === 'person'
                ? t(`referrals.purpose.${referral.purpose}`)
                : referral.person
                  ? `${referral.person.givenName} ${referral.person.familyName}`
                  : t('referrals.notShared');
            return (
              <Table.Tr key={referral.id}>
                <Table.Th scope="row">
                  <Anchor
                    renderRoot={(props) => (
                      <Link to="/referrals/$referralId" params={{ referralId: referral.id }} {...props} />
                    )}
                  >
                    {label}
                  </Anchor>
                </Table.Th>
                {box !== 'sent' ? <Table.Td>{referral.sender.name}</Table.Td> : null}
                {box !== 'received' ? <Table.Td>{referralTarget(referral)}</Table.Td> : null}
                {box !== 'person' ? <Table.Td>{t(`referrals.purpose.${referral.purpose}`)}</Table.Td> : null}
                <Table.Td>{formatDate(referral.sentAt.slice(0, 10))}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={statusColor[referral.status]}>
                    {t(`referrals.status.${referral.status}`)}
                  </Badge>
                  {referral.pendingDays !== null ? (
                    <Text size="xs" c="dimmed">
                      {t('referrals.pendingDays', { count: referral.pendingDays })}
                    </Text>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
