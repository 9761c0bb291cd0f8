import {
  ActionIcon,
  Alert,
  Button,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import {
  type ProgrammeItemBody,
  programmeItemKinds,
  type StayDetail,
  useAddProgrammeItem,
  useRemoveProgrammeItem,
} from '../../api/stays.js';
import { FormErrorAlert } from '../../components/FormErrorAlert.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';

/** The days of a stay, first and last included ('YYYY-MM-DD', no time zone involved). */
export function daysOfStay(startsOn: string, endsOn: string): string[] {
  const days: string[] = [];
  for (let day = startsOn; day <= endsOn && days.length < 31; ) {
    days.push(day);
    day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  }
  return days;
}

/**
 * The stay's programme, day by day: visits of employers, of housing, of schools, meetings. Both the
 * accompanying organization and the host add to it while the stay is planned; each removes only what
 * its side added (the server checks the organization).
 */
export function StayProgrammeSection({ stay }: { stay: StayDetail }) {
  const { t } = useTranslation();
  const remove = useRemoveProgrammeItem(stay.id);
  const writable = stay.actions.includes('add_item');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="stay-programme-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="stay-programme-title">
          {t('stays.programme.title')}
        </Title>
        {remove.error ? (
          <Alert color="red" role="alert">
            {errorMessage(remove.error)}
          </Alert>
        ) : null}
        {stay.programme.length === 0 ? (
          <Text size="sm">{t('stays.programme.none')}</Text>
        ) : (
          <ScrollTable label={t('stays.programme.table')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('stays.programme.day')}</Table.Th>
                  <Table.Th scope="col">{t('stays.programme.kind')}</Table.Th>
                  <Table.Th scope="col">{t('stays.programme.what')}</Table.Th>
                  <Table.Th scope="col">{t('stays.programme.addedBy')}</Table.Th>
                  {writable ? <Table.Th scope="col">{t('app.actions')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {stay.programme.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      {formatDate(item.day)}
                      {item.startsAt ? ` · ${item.startsAt}` : ''}
                    </Table.Td>
                    <Table.Td>{t(`stays.programme.kinds.${item.kind}`)}</Table.Td>
                    <Table.Th scope="row" fw={400}>
                      {item.description}
                      {item.employer ? (
                        <Text size="xs" c="dimmed">
                          {t('stays.programme.employer', { name: item.employer.name })}
                        </Text>
                      ) : null}
                    </Table.Th>
                    <Table.Td>
                      {item.addedBy === 'owner' ? t('stays.programme.byOwner') : t('stays.programme.byHost')}
                    </Table.Td>
                    {writable ? (
                      <Table.Td>
                        {item.addedBy === stay.side ? (
                          <ActionIcon
                            variant="subtle"
                            color="red.8"
                            aria-label={t('stays.programme.remove', { description: item.description })}
                            loading={remove.isPending && remove.variables === item.id}
                            onClick={() =>
                              remove.mutate(item.id, {
                                onSuccess: () =>
                                  notify({ color: 'green', message: t('stays.programme.removed') }),
                              })
                            }
                          >
                            <IconTrash size={16} aria-hidden />
                          </ActionIcon>
                        ) : null}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        {writable ? <AddProgrammeItemForm stay={stay} /> : null}
      </Stack>
    </Paper>
  );
}

function AddProgrammeItemForm({ stay }: { stay: StayDetail }) {
  const { t } = useTranslation();
  const add = useAddProgrammeItem(stay.id);
  const days = daysOfStay(stay.startsOn, stay.endsOn);
  const [day, setDay] = useState(days[0] ?? stay.startsOn);
  const [startsAt, setStartsAt] = useState('');
  const [kind, setKind] = useState<ProgrammeItemBody['kind']>('employer_visit');
  const [description, setDescription] = useState('');
  const errors = fieldErrorsOf(add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { day, startsAt: startsAt || null, kind, description: description.trim() },
      {
        onSuccess: () => {
          setDescription('');
          setStartsAt('');
          notify({ color: 'green', message: t('stays.programme.added') });
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="stay-programme-add">
      <Stack gap="xs">
        <Title order={3} size="h6" id="stay-programme-add">
          {t('stays.programme.addTitle')}
        </Title>
        <FormErrorAlert error={add.error} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <NativeSelect
            label={t('stays.programme.day')}
            value={day}
            onChange={(event) => setDay(event.currentTarget.value)}
            error={errors.day}
            data={days.map((value) => ({ value, label: formatDate(value) }))}
          />
          <TextInput
            type="time"
            label={t('stays.programme.time')}
            value={startsAt}
            onChange={(event) => setStartsAt(event.currentTarget.value)}
            error={errors.startsAt}
          />
          <NativeSelect
            label={t('stays.programme.kind')}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as ProgrammeItemBody['kind'])}
            error={errors.kind}
            data={programmeItemKinds.map((value) => ({ value, label: t(`stays.programme.kinds.${value}`) }))}
          />
        </SimpleGrid>
        <TextInput
          label={t('stays.programme.what')}
          description={t('stays.programme.whatHint')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={errors.description}
          maxLength={1000}
          required
        />
        <div>
          <Button type="submit" variant="light" loading={add.isPending} disabled={!description.trim()}>
            {t('stays.programme.add')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
