import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentDownloadUrl, usePersonDocuments } from '../../api/documents.js';
import type { CaseStepView, CaseView } from '../../api/recognition.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate } from '../../format.js';
import { CaseStepForm } from './CaseStepForm.js';
import { stepDetails } from './StepsTable.js';
import { StepStatusBadge, useRecognitionFormat } from './ui.js';

/** The case's steps: status, dates, cost (actual or typical), who pays and the fund's loan, documents. */
export function CaseSteps({
  personId,
  recognitionCase,
  readOnly = false,
}: {
  personId: string;
  recognitionCase: CaseView;
  /** A merged file's case, read on the kept file and changed on its own file only. */
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const documents = usePersonDocuments(personId);
  const titles = new Map((documents.data?.items ?? []).map((d) => [d.id, d.title]));
  const caption = t('recognition.person.stepsCaption');
  const editedStep = recognitionCase.steps.find((step) => step.id === editing);
  const open = recognitionCase.status === 'open' && !readOnly;
  return (
    <Stack gap="sm">
      <ScrollTable label={caption}>
        <Table striped miw={980}>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('recognition.pathway.position')}</Table.Th>
              <Table.Th scope="col">{t('recognition.pathway.step')}</Table.Th>
              <Table.Th scope="col">{t('recognition.person.status')}</Table.Th>
              <Table.Th scope="col">{t('recognition.person.dates')}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t('recognition.person.cost')}
              </Table.Th>
              <Table.Th scope="col">{t('recognition.person.paidBy')}</Table.Th>
              <Table.Th scope="col">{t('recognition.person.documents')}</Table.Th>
              {open ? <Table.Th scope="col">{t('app.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {recognitionCase.steps.map((step) => (
              <StepRow
                key={step.id}
                step={step}
                titles={titles}
                onEdit={open ? () => setEditing(step.id) : undefined}
              />
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {editedStep ? (
        <CaseStepForm
          key={editedStep.id}
          personId={personId}
          step={editedStep}
          documents={documents.data?.items ?? []}
          onDone={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
}

function StepRow({
  step,
  titles,
  onEdit,
}: {
  step: CaseStepView;
  titles: ReadonlyMap<string, string>;
  onEdit: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const format = useRecognitionFormat();
  const financing = step.financing;
  return (
    <Table.Tr>
      <Table.Td>{step.position}</Table.Td>
      <Table.Th scope="row" fw={600}>
        {format.label(step)}
        <Text size="xs" fw={400}>
          {t(`recognition.stepKind.${step.kind}`)}
        </Text>
        {stepDetails(step).map(([key, values]) => (
          <Text size="xs" fw={400} key={key}>
            {t(key, values)}
          </Text>
        ))}
      </Table.Th>
      <Table.Td>
        <StepStatusBadge status={step.status} />
      </Table.Td>
      <Table.Td>
        {step.startedOn ? (
          <Text size="sm">{t('recognition.person.startedValue', { date: formatDate(step.startedOn) })}</Text>
        ) : null}
        {step.doneOn ? (
          <Text size="sm">{t('recognition.person.doneValue', { date: formatDate(step.doneOn) })}</Text>
        ) : null}
        {!step.startedOn && !step.doneOn ? '—' : null}
      </Table.Td>
      <Table.Td ta="end">
        {step.actualCostCents !== null
          ? format.money(step.actualCostCents, step.currency)
          : step.typicalCostCents !== null
            ? t('recognition.person.typicalValue', {
                cost: format.money(step.typicalCostCents, step.currency),
              })
            : '—'}
      </Table.Td>
      <Table.Td>
        {step.paidBy ? t(`recognition.payer.${step.paidBy}`) : '—'}
        {financing ? (
          <>
            <Text size="xs">
              {t('recognition.person.financing', {
                reference: financing.reference,
                status: t(`recognition.person.applicationStatus.${financing.status}`),
              })}
            </Text>
            {financing.disbursedOn ? (
              <Text size="xs">
                {t('recognition.person.disbursedOn', {
                  date: formatDate(financing.disbursedOn),
                  amount: format.money(financing.disbursedCents, financing.currency),
                })}
              </Text>
            ) : null}
            {financing.loanId ? (
              <Anchor
                size="xs"
                renderRoot={(props) => (
                  <Link to="/loans/$loanId" params={{ loanId: financing.loanId as string }} {...props} />
                )}
              >
                {t('recognition.person.openLoan')}
              </Anchor>
            ) : null}
          </>
        ) : null}
      </Table.Td>
      <Table.Td>
        {step.documentIds.length === 0
          ? '—'
          : step.documentIds.map((id) => (
              <Anchor key={id} href={documentDownloadUrl(id)} size="sm" display="block">
                {titles.get(id) ?? t('documents.tab')}
              </Anchor>
            ))}
      </Table.Td>
      {onEdit ? (
        <Table.Td>
          <Button
            size="xs"
            variant="default"
            onClick={onEdit}
            aria-label={t('recognition.person.updateStep', { n: step.position })}
          >
            {t('recognition.person.update')}
          </Button>
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}
