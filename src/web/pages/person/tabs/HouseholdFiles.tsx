import { Alert, Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/errors.js';
import {
  type HouseholdView,
  householdMemberRelations,
  searchHouseholdCandidates,
  useAddHouseholdMember,
  useChangeHouseholdMainContact,
  useFormHousehold,
  usePersonHousehold,
  useRemoveHouseholdMember,
} from '../../../api/households.js';
import { QueryState } from '../../../components/QueryState.js';
import { type PickerOption, SearchPicker } from '../../../components/SearchPicker.js';
import { formatDate } from '../../../format.js';
import { notify } from '../../../notify.js';

/**
 * The household of files the person is in (people with a file of their own living together, counted
 * once by programs counted in households): its members, main contact first, and what changes it.
 */
export function HouseholdFiles({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const household = usePersonHousehold(personId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="household-files-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="household-files-title">
          {t('households.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('households.intro')}
        </Text>
        <QueryState
          isPending={household.isPending}
          error={household.error}
          onRetry={() => household.refetch()}
        >
          {household.data?.household ? (
            <Members household={household.data.household} personId={personId} />
          ) : (
            <FormHousehold personId={personId} />
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}

function FormHousehold({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const form = useFormHousehold(personId);
  return (
    <Stack gap="xs" align="flex-start">
      <Text>{t('households.none')}</Text>
      {form.error ? (
        <Alert color="red" role="alert">
          {errorMessage(form.error)}
        </Alert>
      ) : null}
      <Button
        loading={form.isPending}
        onClick={() =>
          form.mutate(undefined, {
            onSuccess: () => notify({ color: 'green', message: t('households.formed') }),
          })
        }
      >
        {t('households.form')}
      </Button>
    </Stack>
  );
}

type Member = HouseholdView['members'][number];

function Members({ household, personId }: { household: HouseholdView; personId: string }) {
  const { t } = useTranslation();
  const remove = useRemoveHouseholdMember(household.id);
  const makeMain = useChangeHouseholdMainContact(household.id);
  const nameOf = (m: Member) => `${m.givenName} ${m.familyName}`;
  const relationOf = (m: Member) =>
    m.relation === 'main' ? t('households.main') : t(`relation.${m.relation}`);
  const alone = household.members.length === 1;
  const failure = remove.error ?? makeMain.error;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('households.since', { date: formatDate(household.since) })}</Text>
      {failure ? (
        <Alert color="red" role="alert">
          {errorMessage(failure)}
        </Alert>
      ) : null}
      <Stack
        component="ul"
        gap="xs"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('households.caption')}
      >
        {household.members.map((member) => {
          const isMain = member.personId === household.mainContactPersonId;
          return (
            <Paper component="li" withBorder p="sm" key={member.personId}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={2}>
                  <Group gap="xs" wrap="wrap">
                    {member.personId === personId ? (
                      <Text fw={600}>{nameOf(member)}</Text>
                    ) : (
                      <Anchor
                        fw={600}
                        aria-label={t('households.openFile', { name: nameOf(member) })}
                        renderRoot={(props) => (
                          <Link
                            to="/people/$personId"
                            params={{ personId: member.personId }}
                            search={{ tab: 'household' }}
                            {...props}
                          />
                        )}
                      >
                        {nameOf(member)}
                      </Anchor>
                    )}
                    {isMain ? (
                      <Badge variant="light">{t('households.mainContact')}</Badge>
                    ) : (
                      <Text size="sm">{relationOf(member)}</Text>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('households.joinedOn')} {formatDate(member.joinedOn)}
                  </Text>
                </Stack>
                <Group gap="xs" wrap="wrap">
                  {isMain ? null : (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`${t('households.makeMain')}: ${nameOf(member)}`}
                      loading={makeMain.isPending && makeMain.variables === member.personId}
                      onClick={() =>
                        makeMain.mutate(member.personId, {
                          onSuccess: () =>
                            notify({
                              color: 'green',
                              message: t('households.mainChanged', { name: nameOf(member) }),
                            }),
                        })
                      }
                    >
                      {t('households.makeMain')}
                    </Button>
                  )}
                  {isMain && !alone ? null : (
                    <Button
                      size="xs"
                      variant="default"
                      c="red.9"
                      aria-label={`${t('households.remove')}: ${nameOf(member)}`}
                      loading={remove.isPending && remove.variables === member.personId}
                      onClick={() =>
                        remove.mutate(member.personId, {
                          onSuccess: () =>
                            notify({
                              color: 'green',
                              message: t('households.removed', { name: nameOf(member) }),
                            }),
                        })
                      }
                    >
                      {t('households.remove')}
                    </Button>
                  )}
                </Group>
              </Group>
            </Paper>
          );
        })}
      </Stack>
      {alone ? null : (
        <Text size="xs" c="dimmed">
          {t('households.mainCannotLeave')}
        </Text>
      )}
      <AddMember household={household} />
      {household.formerMembers.length > 0 ? (
        <Stack gap={4}>
          <Title order={4} size="h6">
            {t('households.formerTitle')}
          </Title>
          <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
            {household.formerMembers.map((member) => (
              <Text component="li" size="sm" key={`${member.personId}-${member.joinedOn}-${member.leftOn}`}>
                {nameOf(member)} — {relationOf(member)} —{' '}
                {t('households.leftOn', { date: formatDate(member.leftOn) })}
              </Text>
            ))}
          </Stack>
        </Stack>
      ) : null}
    </Stack>
  );
}

function AddMember({ household }: { household: HouseholdView }) {
  const { t } = useTranslation();
  const add = useAddHouseholdMember(household.id);
  const [person, setPerson] = useState<PickerOption | null>(null);
  const [relation, setRelation] = useState<(typeof householdMemberRelations)[number]>('spouse');
  const [pickerKey, setPickerKey] = useState(0);
  const members = new Set(household.members.map((m) => m.personId));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!person) return;
    try {
      await add.mutateAsync({ personId: person.value, relation });
      notify({ color: 'green', message: t('households.added', { name: person.label }) });
      setPerson(null);
      setPickerKey((key) => key + 1);
    } catch {
      // Shown above the form.
    }
  };

  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="household-add-title"
    >
      <Stack gap="xs">
        <Title order={4} size="h6" id="household-add-title">
          {t('households.addTitle')}
        </Title>
        {add.error ? (
          <Alert color="red" role="alert">
            {errorMessage(add.error)}
          </Alert>
        ) : null}
        <Group align="flex-end" wrap="wrap">
          <div style={{ flex: 1, minWidth: 200 }}>
            <SearchPicker
              key={pickerKey}
              label={t('households.person')}
              description={t('households.personHint')}
              queryKey={`household-candidates-${household.id}-${[...members].join(',')}`}
              search={(text, signal) => searchHouseholdCandidates(text, signal, members)}
              value={person}
              onChange={setPerson}
            />
          </div>
          <NativeSelect
            label={t('households.relation')}
            value={relation}
            onChange={(event) => setRelation(event.currentTarget.value as typeof relation)}
            data={householdMemberRelations.map((value) => ({ value, label: t(`relation.${value}`) }))}
            style={{ minWidth: 160 }}
          />
          <Button type="submit" loading={add.isPending} disabled={!person}>
            {t('households.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
