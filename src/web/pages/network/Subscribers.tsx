import {
  Alert,
  Button,
  Group,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import {
  consentSources,
  type SubscriberBody,
  type SubscribersQuery,
  useAddSubscriber,
  useSubscribers,
  useUnsubscribeSubscriber,
} from '../../api/network.js';
import { Pager } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate, formatDateTime, todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';

type State = NonNullable<SubscribersQuery['state']>;

/** The mailing list, with each subscriber's consent; someone who asks by phone is unsubscribed here. */
export function Subscribers() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>('active');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const subscribers = useSubscribers({ state, page, ...(q.trim() ? { q: q.trim() } : {}) });
  const unsubscribe = useUnsubscribeSubscriber();
  return (
    <Stack component="section" aria-labelledby="bulletin-subscribers" gap="sm">
      <Title order={2} size="h3" id="bulletin-subscribers">
        {t('network.bulletin.subscribersTitle')}
      </Title>
      {subscribers.data ? (
        <Text>
          {t('network.bulletin.counts', {
            active: subscribers.data.active,
            unsubscribed: subscribers.data.unsubscribed,
          })}
        </Text>
      ) : null}
      <Group align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t('network.bulletin.stateLabel')}
          value={state}
          onChange={(value) => {
            setState(value as State);
            setPage(1);
          }}
          data={(['active', 'unsubscribed', 'all'] as const).map((value) => ({
            value,
            label: t(`network.bulletin.state.${value}`),
          }))}
        />
        <TextInput
          type="search"
          label={t('network.bulletin.search')}
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            setPage(1);
          }}
        />
      </Group>
      {unsubscribe.error ? (
        <Alert color="red" role="alert">
          {errorMessage(unsubscribe.error)}
        </Alert>
      ) : null}
      <QueryState
        isPending={subscribers.isPending}
        error={subscribers.error}
        onRetry={() => subscribers.refetch()}
      >
        {subscribers.data ? (
          subscribers.data.items.length === 0 ? (
            <Text c="dimmed">{t('network.bulletin.empty')}</Text>
          ) : (
            <>
              <ScrollTable label={t('network.bulletin.listLabel')}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('network.bulletin.columns.email')}</Table.Th>
                      <Table.Th scope="col">{t('network.bulletin.columns.name')}</Table.Th>
                      <Table.Th scope="col">{t('network.bulletin.columns.consent')}</Table.Th>
                      <Table.Th scope="col">{t('network.bulletin.columns.state')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {subscribers.data.items.map((s) => (
                      <Table.Tr key={s.id}>
                        <Table.Th scope="row">{s.email}</Table.Th>
                        <Table.Td>{s.name ?? '—'}</Table.Td>
                        <Table.Td>
                          {t('network.bulletin.consentOn', {
                            date: formatDate(s.consentedOn),
                            source: t(`network.bulletin.source.${s.consentSource}`),
                          })}
                          <Text size="xs" c="dimmed">
                            {s.consentWording}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {s.unsubscribedAt ? (
                            t('network.bulletin.unsubscribedOn', { date: formatDateTime(s.unsubscribedAt) })
                          ) : (
                            <Group gap="xs" wrap="nowrap">
                              <Text size="sm">{t('network.bulletin.active')}</Text>
                              <Button
                                size="compact-xs"
                                variant="subtle"
                                color="red.9"
                                aria-label={t('network.bulletin.unsubscribe', { email: s.email })}
                                onClick={async () => {
                                  await unsubscribe.mutateAsync(s.id);
                                  notify({ color: 'green', message: t('network.bulletin.unsubscribed') });
                                }}
                              >
                                ×
                              </Button>
                            </Group>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
              <Pager
                page={subscribers.data.page}
                pageSize={subscribers.data.pageSize}
                total={subscribers.data.total}
                onChange={setPage}
              />
            </>
          )
        ) : null}
      </QueryState>
    </Stack>
  );
}

export function AddSubscriber({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddSubscriber();
  const [draft, setDraft] = useState({
    email: '',
    name: '',
    consentedOn: todayInOrganization(),
    consentSource: 'staff' as SubscriberBody['consentSource'],
    consentWording: t('network.bulletin.defaultWording'),
  });
  const fields = add.error instanceof ApiError ? add.error.fieldErrors() : {};
  const set = (key: keyof typeof draft) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await add.mutateAsync({ ...draft, email: draft.email.trim(), name: draft.name.trim() || null });
      notify({ color: 'green', message: t('network.bulletin.added') });
      onDone();
    } catch {
      // Shown above the form.
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {add.error ? (
          <Alert color="red" role="alert">
            {errorMessage(add.error)}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="email"
            label={t('network.bulletin.fields.email')}
            required
            maxLength={254}
            value={draft.email}
            error={fields.email}
            onChange={set('email')}
            data-autofocus
          />
          <TextInput
            label={t('network.bulletin.fields.name')}
            maxLength={200}
            value={draft.name}
            error={fields.name}
            onChange={set('name')}
          />
          <TextInput
            type="date"
            label={t('network.bulletin.fields.consentedOn')}
            required
            value={draft.consentedOn}
            error={fields.consentedOn}
            onChange={set('consentedOn')}
          />
          <NativeSelect
            label={t('network.bulletin.fields.consentSource')}
            value={draft.consentSource}
            onChange={set('consentSource')}
            data={consentSources.map((value) => ({ value, label: t(`network.bulletin.source.${value}`) }))}
          />
        </SimpleGrid>
        <Textarea
          label={t('network.bulletin.fields.consentWording')}
          required
          autosize
          minRows={2}
          maxLength={1000}
          value={draft.consentWording}
          error={fields.consentWording}
          onChange={set('consentWording')}
        />
        <Group>
          <Button
            type="submit"
            loading={add.isPending}
            disabled={!draft.email.trim() || !draft.consentWording.trim()}
          >
            {t('network.bulletin.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
