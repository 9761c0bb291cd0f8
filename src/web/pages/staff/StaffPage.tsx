import {
  Alert,
  Anchor,
  Button,
  Grid,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createStaffRoute, listStaffRoute } from '../../../contracts/accounts.js';
import { type Role, roles, staffAdminRoles } from '../../../core/auth/roles.js';
import { call } from '../../api/client.js';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { useSession } from '../../api/session.js';
import { trainingOverseerRoles } from '../../api/sessions.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { notify } from '../../notify.js';
import { IdentityProviderPanel } from './IdentityProviderPanel.js';
import { MatchWeightsPanel } from './MatchWeightsPanel.js';
import { ReminderDelaysPanel } from './ReminderDelaysPanel.js';
import { SecondFactorPolicyPanel } from './SecondFactorPolicyPanel.js';
import { StaffActions } from './StaffActions.js';
import { TimeZonePanel } from './TimeZonePanel.js';

export function StaffPage() {
  const { t } = useTranslation();
  const session = useSession();
  const staff = useQuery({
    queryKey: ['staff', session.organization.id],
    queryFn: ({ signal }) => call(listStaffRoute, { signal }),
    meta: { inlineErrors: true },
  });
  const canAdd = staffAdminRoles.includes(session.role);
  const canReadTraining = trainingOverseerRoles.includes(session.role);
  return (
    <>
      <PageTitle
        title={t('staff.title')}
        intro={t('staff.intro', { organization: session.organization.name })}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: canAdd ? 8 : 12 }}>
          <QueryState isPending={staff.isPending} error={staff.error} onRetry={() => staff.refetch()}>
            {staff.data && staff.data.items.length === 0 ? <Text>{t('staff.empty')}</Text> : null}
            {staff.data && staff.data.items.length > 0 ? (
              <Table.ScrollContainer minWidth={560}>
                <Table striped highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('staff.name')}</Table.Th>
                      <Table.Th scope="col">{t('staff.email')}</Table.Th>
                      <Table.Th scope="col">{t('staff.role')}</Table.Th>
                      <Table.Th scope="col">{t('staff.secondFactor')}</Table.Th>
                      <Table.Th scope="col">{t('staff.status')}</Table.Th>
                      {canAdd ? <Table.Th scope="col">{t('staffLifecycle.actions')}</Table.Th> : null}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {staff.data.items.map((member) => (
                      <Table.Tr key={member.userId}>
                        <Table.Td>
                          {canReadTraining ? (
                            <Anchor
                              aria-label={t('sessions.training.recordOf', { name: member.displayName })}
                              renderRoot={(props) => (
                                <Link
                                  to="/staff/$userId/training"
                                  params={{ userId: member.userId }}
                                  {...props}
                                />
                              )}
                            >
                              {member.displayName}
                            </Anchor>
                          ) : (
                            member.displayName
                          )}
                        </Table.Td>
                        <Table.Td>{member.email}</Table.Td>
                        <Table.Td>{t(`roles.${member.role}`)}</Table.Td>
                        <Table.Td>
                          {member.secondFactorEnabled ? t('staff.enabled') : t('staff.notEnabled')}
                        </Table.Td>
                        <Table.Td>
                          <Text span fw={600} c={member.disabled ? 'gray.8' : 'dark.9'}>
                            {member.disabled ? t('staff.disabled') : t('staff.active')}
                          </Text>
                        </Table.Td>
                        {canAdd ? (
                          <Table.Td>
                            {member.userId === session.user.id ? null : <StaffActions member={member} />}
                          </Table.Td>
                        ) : null}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : null}
          </QueryState>
        </Grid.Col>
        {canAdd ? (
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="lg">
              <CreateStaffForm />
              <SecondFactorPolicyPanel />
              {session.role === 'administrator' ? <TimeZonePanel /> : null}
              <ReminderDelaysPanel />
              {session.role === 'administrator' ? <MatchWeightsPanel /> : null}
              {session.role === 'administrator' ? <IdentityProviderPanel /> : null}
            </Stack>
          </Grid.Col>
        ) : null}
      </Grid>
    </>
  );
}

function CreateStaffForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('counselor');
  const [locale, setLocale] = useState<'fr' | 'en'>('fr');
  const create = useMutation({
    mutationFn: () =>
      call(createStaffRoute, {
        body: { email: email.trim(), displayName: displayName.trim(), role, locale },
      }),
    meta: { inlineErrors: true },
    onSuccess: async (result) => {
      notify({
        color: 'green',
        message: result.invited ? t('staff.invited', { email }) : t('staff.added', { email }),
      });
      setEmail('');
      setDisplayName('');
      await queryClient.invalidateQueries({ queryKey: ['staff'] });
    },
  });
  const errors = fieldErrorsOf(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4">
            {t('staff.createTitle')}
          </Title>
          {create.error ? (
            <Alert color="red" role="alert">
              {errorMessage(create.error)}
            </Alert>
          ) : null}
          <TextInput
            label={t('staff.displayName')}
            required
            value={displayName}
            error={errors.displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
          />
          <TextInput
            label={t('staff.email')}
            type="email"
            required
            value={email}
            error={errors.email}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('staff.role')}
            value={role}
            error={errors.role}
            onChange={(event) => setRole(event.currentTarget.value as Role)}
            data={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
          />
          <NativeSelect
            label={t('staff.locale')}
            value={locale}
            onChange={(event) => setLocale(event.currentTarget.value as 'fr' | 'en')}
            data={[
              { value: 'fr', label: t('language.fr') },
              { value: 'en', label: t('language.en') },
            ]}
          />
          <Button type="submit" loading={create.isPending}>
            {t('staff.create')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
