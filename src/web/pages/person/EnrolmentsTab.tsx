import { Badge, Button, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEndEnrolment, usePersonEnrolments } from '../../api/programs.js';
import { EnrolPanel } from '../../components/EnrolPanel.js';
import { EntryForm } from '../../components/EntryForm.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate, todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';

export function EnrolmentsTab({ personId, personName }: { personId: string; personName: string }) {
  const { t } = useTranslation();
  const [enrolling, setEnrolling] = useState(false);
  const enrolments = usePersonEnrolments(personId);
  const endEnrolment = useEndEnrolment(personId);
  const [ending, setEnding] = useState<string | null>(null);
  const items = enrolments.data ?? [];
  const endingEnrolment = items.find(
    (enrolment) => enrolment.id === ending && enrolment.status === 'enrolled',
  );
  return (
    <>
      <QueryState
        isPending={enrolments.isPending}
        error={enrolments.error}
        onRetry={() => enrolments.refetch()}
      >
        {items.length === 0 ? (
          <Text>{t('person.noEnrolments')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('person.program')}</Table.Th>
                  <Table.Th scope="col">{t('person.enrolmentStatus')}</Table.Th>
                  <Table.Th scope="col">{t('person.enrolledAt')}</Table.Th>
                  <Table.Th scope="col">{t('person.intakeSource')}</Table.Th>
                  <Table.Th scope="col">{t('app.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((enrolment) => (
                  <Table.Tr key={enrolment.id}>
                    <Table.Td>{enrolment.programName}</Table.Td>
                    <Table.Td>
                      {t(`enrolmentStatus.${enrolment.status}`)}
                      {enrolment.endedOn ? ` (${formatDate(enrolment.endedOn)})` : ''}
                      {enrolment.overridden ? (
                        <Badge ms="xs" color="orange.9" variant="filled">
                          {t('person.override')}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{formatDate(enrolment.enrolledOn)}</Table.Td>
                    <Table.Td>{t(`source.${enrolment.intakeSource}`, enrolment.intakeSource)}</Table.Td>
                    <Table.Td>
                      {enrolment.status === 'enrolled' ? (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={`${t('person.endEnrolment')}: ${enrolment.programName}`}
                          onClick={() => setEnding(enrolment.id)}
                        >
                          {t('person.endEnrolment')}
                        </Button>
                      ) : enrolment.endReason ? (
                        enrolment.endReason
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      {endingEnrolment ? (
        <EntryForm
          key={endingEnrolment.id}
          title={t('person.endEnrolmentIn', { program: endingEnrolment.programName })}
          initial={{ status: 'exited', endedOn: todayInOrganization() }}
          fields={[
            {
              name: 'status',
              label: t('person.endHow'),
              kind: 'select',
              required: true,
              options: (['exited', 'withdrawn'] as const).map((value) => ({
                value,
                label: t(`enrolmentStatus.${value}`),
              })),
            },
            { name: 'endedOn', label: t('person.endedOn'), kind: 'date', required: true },
            { name: 'reason', label: t('person.endReason'), kind: 'textarea' },
          ]}
          submitLabel={t('person.endEnrolment')}
          onCancel={() => setEnding(null)}
          onSubmit={async (values) => {
            await endEnrolment.mutateAsync({
              enrolmentId: endingEnrolment.id,
              body: {
                status: values.status === 'withdrawn' ? 'withdrawn' : 'exited',
                endedOn: typeof values.endedOn === 'string' ? values.endedOn : '',
                reason:
                  typeof values.reason === 'string' && values.reason.trim() ? values.reason.trim() : null,
              },
            });
            notify({
              color: 'green',
              message: t('person.enrolmentEnded', { program: endingEnrolment.programName }),
            });
            setEnding(null);
          }}
        />
      ) : null}
      {enrolling ? (
        <Paper withBorder p="md" mt="md" component="section" aria-labelledby="enrol-title">
          <Title order={3} size="h5" id="enrol-title" mb="sm">
            {t('person.enrol')}
          </Title>
          <EnrolPanel
            personId={personId}
            personName={personName}
            onEnrolled={(programName) => {
              notify({
                color: 'green',
                message: t('intake.enrolled', { name: personName, program: programName }),
              });
              setEnrolling(false);
            }}
            secondaryAction={() => (
              <Button variant="default" onClick={() => setEnrolling(false)}>
                {t('app.cancel')}
              </Button>
            )}
          />
        </Paper>
      ) : (
        <Button mt="md" variant="light" onClick={() => setEnrolling(true)}>
          {t('person.enrol')}
        </Button>
      )}
    </>
  );
}
