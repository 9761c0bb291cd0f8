import { Badge, Button, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonEnrolments } from '../../api/programs.js';
import { EnrolPanel } from '../../components/EnrolPanel.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';

export function EnrolmentsTab({ personId, personName }: { personId: string; personName: string }) {
  const { t } = useTranslation();
  const [enrolling, setEnrolling] = useState(false);
  const enrolments = usePersonEnrolments(personId);
  const items = enrolments.data ?? [];
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
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
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
