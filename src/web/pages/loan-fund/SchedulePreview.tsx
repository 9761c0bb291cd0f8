import { Alert, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { type SchedulePreviewBody, useSchedulePreview } from '../../api/loan-fund.js';
import { formatDate } from '../../format.js';
import { useMoney } from './ui.js';

/** The schedule the product would give for what is being asked, refreshed once typing pauses. */
export function SchedulePreview({
  fundId,
  body,
  currency,
}: {
  fundId: string;
  body: SchedulePreviewBody | null;
  currency: string;
}) {
  const { t } = useTranslation();
  const { money } = useMoney();
  // Compared by value: a new object with the same figures must not start a new request.
  const [debounced] = useDebouncedValue(body ? JSON.stringify(body) : null, 400);
  const preview = useSchedulePreview(
    fundId,
    debounced ? (JSON.parse(debounced) as SchedulePreviewBody) : null,
  );
  const data = preview.data;
  return (
    <section aria-labelledby="preview-title" aria-busy={preview.isFetching}>
      <Text id="preview-title" fw={600} mb="xs">
        {t('loanFund.preview.title')}
      </Text>
      {!body ? <Text size="sm">{t('loanFund.preview.incomplete')}</Text> : null}
      {body && preview.error ? (
        <Alert color="red" role="alert">
          {errorMessage(preview.error)}
        </Alert>
      ) : null}
      {body && data && !preview.error ? (
        <>
          <Text size="sm" aria-live="polite" mb="xs">
            {t('loanFund.preview.summary', {
              count: data.installments.length,
              total: money(data.totalCents, currency),
            })}
          </Text>
          <Table.ScrollContainer minWidth={520} maxHeight={320}>
            <Table striped stickyHeader>
              <Table.Caption>{t('loanFund.preview.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('loanFund.schedule.number')}</Table.Th>
                  <Table.Th scope="col">{t('loanFund.schedule.dueOn')}</Table.Th>
                  <Table.Th scope="col">{t('loanFund.component.principal')}</Table.Th>
                  <Table.Th scope="col">{t('loanFund.component.interest')}</Table.Th>
                  <Table.Th scope="col">{t('loanFund.component.fee')}</Table.Th>
                  <Table.Th scope="col">{t('loanFund.schedule.total')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.installments.map((row) => (
                  <Table.Tr key={row.number}>
                    <Table.Td>{row.number}</Table.Td>
                    <Table.Td>{formatDate(row.dueOn)}</Table.Td>
                    <Table.Td>{money(row.principalCents, currency)}</Table.Td>
                    <Table.Td>{money(row.interestCents, currency)}</Table.Td>
                    <Table.Td>{money(row.feeCents, currency)}</Table.Td>
                    <Table.Td>{money(row.totalCents, currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      ) : null}
    </section>
  );
}
