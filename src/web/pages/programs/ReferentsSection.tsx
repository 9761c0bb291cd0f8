import { Alert, Button, Group, List, NativeSelect, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useStaffOptions } from '../../api/people.js';
import { type ProgramDetail, useSetReferent } from '../../api/programs.js';
import { useSession } from '../../api/session.js';
import { notify } from '../../notify.js';

/** One referent per organization taking part; each organization names its own among its staff. */
export function ReferentsSection({ program, canEdit }: { program: ProgramDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const takesPart = program.organizations.some((organization) => organization.id === session.organization.id);
  const mine = program.referents.find((referent) => referent.organizationId === session.organization.id);
  const withoutReferent = program.organizations.filter(
    (organization) => !program.referents.some((referent) => referent.organizationId === organization.id),
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="referents-title">
      <Title order={2} size="h4" id="referents-title" mb="sm">
        {t('programs.referents')}
      </Title>
      {program.referents.length === 0 && withoutReferent.length === 0 ? (
        <Text>{t('programs.noReferents')}</Text>
      ) : null}
      <List spacing="xs">
        {program.referents.map((referent) => (
          <List.Item key={referent.organizationId}>
            <Text span fw={600}>
              {referent.organizationName}
            </Text>{' '}
            : {referent.displayName}
          </List.Item>
        ))}
        {withoutReferent.map((organization) => (
          <List.Item key={organization.id}>
            <Text span fw={600}>
              {organization.name}
            </Text>{' '}
            : {t('programs.noReferentYet')}
          </List.Item>
        ))}
      </List>
      {canEdit && takesPart ? <ReferentForm program={program} currentUserId={mine?.userId} /> : null}
    </Paper>
  );
}

/** Only those who may name the referent read the staff list (funders are refused it). */
function ReferentForm({
  program,
  currentUserId,
}: {
  program: ProgramDetail;
  currentUserId: string | undefined;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const staff = useStaffOptions();
  const [userId, setUserId] = useState('');
  const setReferent = useSetReferent(program.id);
  if (!staff.data) return null;
  const members = staff.data;
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        if (!userId) return;
        try {
          await setReferent.mutateAsync({ organizationId: session.organization.id, userId });
          notify({ color: 'green', message: t('app.saved') });
        } catch {
          // Shown below.
        }
      }}
    >
      {setReferent.error ? (
        <Alert color="red" role="alert" mt="sm">
          {errorMessage(setReferent.error)}
        </Alert>
      ) : null}
      <Group align="flex-end" mt="md">
        <NativeSelect
          label={t('programs.referentFor', { organization: session.organization.name })}
          value={userId || currentUserId || ''}
          onChange={(event) => setUserId(event.currentTarget.value)}
          data={[
            { value: '', label: '—' },
            ...members
              .filter((member) => !member.disabled)
              .map((member) => ({ value: member.userId, label: member.displayName })),
          ]}
        />
        <Button type="submit" loading={setReferent.isPending}>
          {t('app.save')}
        </Button>
      </Group>
    </form>
  );
}
