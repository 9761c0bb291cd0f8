import {
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors.js';
import { mayRecordExits } from '../../api/outcomes.js';
import { useEndEnrolment, usePersonEnrolments } from '../../api/programs.js';
import { useSession } from '../../api/session.js';
import { EnrolPanel } from '../../components/EnrolPanel.js';
import { FormErrorAlert } from '../../components/FormErrorAlert.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate, todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { HandoffSection } from '../handoffs/HandoffSection.js';
import { MoveSection } from '../moves/MoveSection.js';
import { RelocationAidSection } from '../relocation-aid/RelocationAidSection.js';
import { StaySection } from '../stays/StaySection.js';
import { MergedFileBadge } from './MergedFileBadge.js';
import { ExitDialog, type ExitTarget } from './outcomes/ExitDialog.js';
import { ExitsSection } from './outcomes/ExitsSection.js';

/** The end reason of an enrolment another organization carries on (programs' `handedOffReason`). */
const handedOff = 'handed_off';

export function EnrolmentsTab({ personId, personName }: { personId: string; personName: string }) {
  const { t } = useTranslation();
  const [enrolling, setEnrolling] = useState(false);
  const enrolments = usePersonEnrolments(personId);
  const [ending, setEnding] = useState<string | null>(null);
  const [exitTarget, setExitTarget] = useState<ExitTarget | null>(null);
  const [exitOpen, setExitOpen] = useState(false);
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
          <Table.ScrollContainer
            minWidth={560}
            // On a phone the table scrolls sideways: reachable by keyboard even when no row has a button.
            scrollAreaProps={{
              viewportProps: { tabIndex: 0, role: 'group', 'aria-label': t('person.enrolments') },
            }}
          >
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
                    <Table.Td>
                      {enrolment.programName}
                      {enrolment.fromMergedFile ? <MergedFileBadge file={enrolment.fromMergedFile} /> : null}
                    </Table.Td>
                    <Table.Td>
                      {/* Withdrawn after a hand-off is no drop-out: another organization carries it on. */}
                      {enrolment.endReason === handedOff
                        ? t('handoffs.endReason')
                        : t(`enrolmentStatus.${enrolment.status}`)}
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
                      {/* A merged file's enrolment is ended on that file, where it stays. */}
                      {enrolment.status === 'enrolled' && !enrolment.fromMergedFile ? (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={`${t('person.endEnrolment')}: ${enrolment.programName}`}
                          onClick={() => setEnding(enrolment.id)}
                        >
                          {t('person.endEnrolment')}
                        </Button>
                      ) : enrolment.endReason && enrolment.endReason !== handedOff ? (
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
        <EndEnrolmentForm
          key={endingEnrolment.id}
          personId={personId}
          enrolment={endingEnrolment}
          onCancel={() => setEnding(null)}
          onEnded={() => setEnding(null)}
          onExit={() => {
            setExitTarget({
              mode: 'record',
              enrolmentId: endingEnrolment.id,
              programName: endingEnrolment.programName,
            });
            setExitOpen(true);
            setEnding(null);
          }}
        />
      ) : null}
      <ExitDialog
        personId={personId}
        target={exitTarget}
        opened={exitOpen}
        onClose={() => setExitOpen(false)}
      />
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
      <ExitsSection personId={personId} />
      <StaySection personId={personId} />
      <MoveSection personId={personId} />
      <HandoffSection personId={personId} />
      <RelocationAidSection personId={personId} />
    </>
  );
}

type Enrolment = NonNullable<ReturnType<typeof usePersonEnrolments>['data']>[number];

/**
 * How an enrolment ends. A withdrawal: its date and reason. An exit, for staff who follow people: the
 * exit dialog, with the outcome, its evidence and the follow-ups after it.
 */
function EndEnrolmentForm({
  personId,
  enrolment,
  onCancel,
  onEnded,
  onExit,
}: {
  personId: string;
  enrolment: Enrolment;
  onCancel: () => void;
  onEnded: () => void;
  onExit: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const endEnrolment = useEndEnrolment(personId);
  const [status, setStatus] = useState<'exited' | 'withdrawn'>('exited');
  const [endedOn, setEndedOn] = useState(todayInOrganization());
  const [reason, setReason] = useState('');
  const withExit = status === 'exited' && mayRecordExits(session.role);
  const errors = fieldErrorsOf(endEnrolment.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (withExit) {
      onExit();
      return;
    }
    try {
      await endEnrolment.mutateAsync({
        enrolmentId: enrolment.id,
        body: { status, endedOn, reason: reason.trim() ? reason.trim() : null },
      });
      notify({ color: 'green', message: t('person.enrolmentEnded', { program: enrolment.programName }) });
      onEnded();
    } catch {
      // Shown in the form.
    }
  };

  return (
    <Paper withBorder p="md" mt="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('person.endEnrolmentIn', { program: enrolment.programName })}
        </Title>
        <FormErrorAlert error={endEnrolment.error} />
        <NativeSelect
          label={t('person.endHow')}
          required
          value={status}
          error={errors.status}
          onChange={(event) => setStatus(event.currentTarget.value === 'withdrawn' ? 'withdrawn' : 'exited')}
          data={(['exited', 'withdrawn'] as const).map((value) => ({
            value,
            label: t(`enrolmentStatus.${value}`),
          }))}
        />
        {withExit ? (
          <Text size="sm">{t('outcomes.endForm.exitHint')}</Text>
        ) : (
          <>
            <TextInput
              type="date"
              label={t('person.endedOn')}
              required
              value={endedOn}
              error={errors.endedOn}
              onChange={(event) => setEndedOn(event.currentTarget.value)}
            />
            <Textarea
              label={t('person.endReason')}
              autosize
              minRows={2}
              maxLength={500}
              value={reason}
              error={errors.reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
          </>
        )}
        <Group>
          <Button type="submit" loading={endEnrolment.isPending}>
            {withExit ? t('outcomes.endForm.continue') : t('person.endEnrolment')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
