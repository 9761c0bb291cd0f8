import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FundDetail, useClosePeriod } from '../../api/loan-fund.js';
import { EntryForm } from '../../components/EntryForm.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';
import { lastMonthEnd } from './period.js';
import { todayIso } from './ui.js';

/** Where the fund's books stand, and for the committee, closing them through a day. */
export function PeriodClosing({ fund }: { fund: FundDetail }) {
  const { t } = useTranslation();
  const [closing, setClosing] = useState(false);
  const close = useClosePeriod(fund.id);
  return (
    <section aria-label={t('loanFund.fund.closeTitle')}>
      <Group gap="sm" mb="sm" wrap="wrap">
        <Text size="sm" data-testid="fund-closed-through">
          {fund.closedThrough
            ? t('loanFund.fund.closedThrough', { date: formatDate(fund.closedThrough) })
            : t('loanFund.fund.notClosed')}
        </Text>
        {fund.can.manage && !closing ? (
          <Button size="xs" variant="light" onClick={() => setClosing(true)}>
            {t('loanFund.fund.closePeriod')}
          </Button>
        ) : null}
      </Group>
      {fund.can.manage && closing ? (
        <>
          <Text size="sm">{t('loanFund.fund.closeHelp')}</Text>
          <EntryForm
            title={t('loanFund.fund.closeTitle')}
            initial={{ closedThrough: lastMonthEnd(todayIso()) }}
            fields={[
              { name: 'closedThrough', label: t('loanFund.fund.closeDay'), kind: 'date', required: true },
            ]}
            submitLabel={t('loanFund.fund.closeSubmit')}
            onCancel={() => setClosing(false)}
            onSubmit={async (values) => {
              const closed = await close.mutateAsync({ closedThrough: String(values.closedThrough ?? '') });
              notify({
                color: 'green',
                message: t('loanFund.fund.closed', { date: formatDate(closed.closedThrough) }),
              });
              setClosing(false);
            }}
          />
        </>
      ) : null}
    </section>
  );
}
