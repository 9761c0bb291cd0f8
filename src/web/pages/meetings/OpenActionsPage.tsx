import { Anchor, Group, NativeSelect, Stack, Switch, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetings, useOpenActions } from '../../api/meetings.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';
import { ActionsTable } from './ActionsTable.js';

/** Every open action across members (the coordination's view), by due day, filtered by member and overdue. */
export function OpenActionsPage() {
  const { t } = useTranslation();
  const [organizationId, setOrganizationId] = useState('');
  const [overdue, setOverdue] = useState(false);
  const meetings = useMeetings();
  const actions = useOpenActions({
    ...(organizationId ? { organizationId } : {}),
    overdue: overdue ? 'true' : 'false',
  });
  const members = new Map<string, string>();
  for (const consortium of meetings.data?.consortia ?? [])
    for (const participant of consortium.participants) members.set(participant.id, participant.name);
  return (
    <>
      <PageTitle
        title={t('meetings.open.title')}
        intro={
          <>
            {t('meetings.open.intro')}{' '}
            <Anchor size="sm" renderRoot={(props) => <Link to="/meetings" {...props} />}>
              {t('meetings.back')}
            </Anchor>
          </>
        }
      />
      <Stack>
        <Group align="flex-end" wrap="wrap">
          {members.size > 0 ? (
            <NativeSelect
              label={t('meetings.open.member')}
              value={organizationId}
              onChange={(e) => setOrganizationId(e.currentTarget.value)}
              data={[
                { value: '', label: t('meetings.open.anyMember') },
                ...[...members].map(([value, label]) => ({ value, label })),
              ]}
            />
          ) : null}
          <Switch
            label={t('meetings.open.overdueOnly')}
            checked={overdue}
            onChange={(e) => setOverdue(e.currentTarget.checked)}
          />
        </Group>
        <QueryState isPending={actions.isPending} error={actions.error} onRetry={() => actions.refetch()}>
          {actions.data ? (
            <>
              <Text size="sm" c="dimmed">
                {t('meetings.open.today', { date: formatDate(actions.data.today) })}
              </Text>
              {actions.data.items.length === 0 ? (
                <Text>{t('meetings.open.empty')}</Text>
              ) : (
                <ActionsTable
                  label={t('meetings.open.table')}
                  actions={actions.data.items}
                  meetingId={null}
                  showMeeting
                />
              )}
            </>
          ) : null}
        </QueryState>
      </Stack>
    </>
  );
}
