import { Alert, Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useSession } from '../../api/session.js';
import { useAnswerSignup, useSignupRequests } from '../../api/session-signups.js';
import { type SeriesDetail, sessionStaffRoles } from '../../api/sessions.js';
import { notify } from '../../notify.js';
import { useSessionFormat } from './ui.js';

/** Requests from the public page, shown to the organizing organization's staff of a public series. */
export function SignupRequestsSection({ series }: { series: SeriesDetail }) {
  const session = useSession();
  const mine = series.organizationId === session.organization.id && sessionStaffRoles.includes(session.role);
  if (!mine || series.openness !== 'public' || series.status !== 'planned') return null;
  return <SignupRequests series={series} />;
}

function SignupRequests({ series }: { series: SeriesDetail }) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  const requests = useSignupRequests(series.id);
  const answer = useAnswerSignup(series.id);

  const respond = async (requestId: string, name: string, choice: 'accept' | 'decline') => {
    try {
      const result = await answer.mutateAsync({ requestId, answer: choice });
      const key =
        result === null
          ? 'sessions.signupRequests.declined'
          : result.status === 'enrolled'
            ? 'sessions.signupRequests.accepted'
            : 'sessions.signupRequests.acceptedWaitlisted';
      notify({ color: 'green', message: t(key, { name }) });
    } catch {
      // Shown above the table.
    }
  };

  const items = requests.data?.items ?? [];
  return (
    <section aria-labelledby="signup-requests-title">
      <Title order={2} size="h4" id="signup-requests-title" mb={4}>
        {t('sessions.signupRequests.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('sessions.signupRequests.intro')}
      </Text>
      {requests.error ? (
        <Alert color="red" role="alert">
          {errorMessage(requests.error)}
        </Alert>
      ) : null}
      {answer.error ? (
        <Alert color="red" role="alert" mb="sm">
          {errorMessage(answer.error)}
        </Alert>
      ) : null}
      {requests.isPending ? (
        <Text role="status">{t('app.loading')}</Text>
      ) : items.length === 0 ? (
        <Text>{t('sessions.signupRequests.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sessions.signupRequests.name')}</Table.Th>
                <Table.Th scope="col">{t('sessions.signupRequests.contact')}</Table.Th>
                <Table.Th scope="col">{t('sessions.signupRequests.language')}</Table.Th>
                <Table.Th scope="col">{t('sessions.signupRequests.requestedAt')}</Table.Th>
                <Table.Th scope="col">{t('sessions.signupRequests.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((request) => {
                const name = `${request.givenName} ${request.familyName}`;
                return (
                  <Table.Tr key={request.id}>
                    <Table.Th scope="row" fw={600}>
                      {name}
                      <div>
                        <Badge color={request.knownPerson ? 'blue.9' : 'gray.7'} variant="filled" tt="none">
                          {request.knownPerson
                            ? t('sessions.signupRequests.known')
                            : t('sessions.signupRequests.newPerson')}
                        </Badge>
                      </div>
                    </Table.Th>
                    <Table.Td>
                      <Text size="sm">{request.email}</Text>
                      {request.phone ? <Text size="sm">{request.phone}</Text> : null}
                    </Table.Td>
                    <Table.Td>{t(`language.${request.preferredLanguage}`)}</Table.Td>
                    <Table.Td>{format.dateTime(request.requestedAt)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          aria-label={t('sessions.signupRequests.acceptOf', { name })}
                          loading={answer.isPending && answer.variables?.requestId === request.id}
                          onClick={() => void respond(request.id, name, 'accept')}
                        >
                          {t('sessions.signupRequests.accept')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('sessions.signupRequests.declineOf', { name })}
                          disabled={answer.isPending}
                          onClick={() => void respond(request.id, name, 'decline')}
                        >
                          {t('sessions.signupRequests.decline')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
