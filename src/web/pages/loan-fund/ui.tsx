import { Badge, NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationView, LoanDetail } from '../../api/loan-fund.js';
import { todayInOrganization } from '../../format.js';
import { lateOrange, okGreen } from '../../status-colors.js';
import { formatMoney, formatRate, moneyLocale } from './money.js';

type LoanStatus = LoanDetail['status'];
type InstallmentState = LoanDetail['schedule'][number]['state'];
type AgingBucket = NonNullable<LoanDetail['agingBucket']>;

/** Amounts and rates written the way the interface language reads them. */
export function useMoney() {
  const { i18n } = useTranslation();
  const locale = moneyLocale(i18n.resolvedLanguage ?? i18n.language);
  return {
    locale,
    money: (cents: number, currency: string) => formatMoney(cents, currency, locale),
    rate: (bps: number) => formatRate(bps, locale),
    percent: (rate: number | null) =>
      rate === null
        ? '—'
        : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate),
  };
}

/**
 * Today ('YYYY-MM-DD') where the organization works, not in the browser's zone: the default day of the
 * fund's forms, the day the server checks them against (a laptop set to UTC in Louisville's evening
 * would offer tomorrow, refused as in the future).
 */
export function todayIso(now: Date = new Date()): string {
  return todayInOrganization(now);
}

/** An amount typed in currency units with two decimals; the caller converts it with `toCents`. */
export function MoneyInput({
  label,
  currency,
  value,
  onChange,
  error,
  required,
  description,
}: {
  label: string;
  currency: string;
  value: number | string | undefined;
  onChange: (value: number | string) => void;
  error?: string;
  required?: boolean;
  description?: string;
}) {
  const { i18n } = useTranslation();
  const french = !(i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  return (
    <NumberInput
      label={`${label} (${currency})`}
      description={description}
      required={required}
      error={error}
      value={value ?? ''}
      onChange={onChange}
      min={0}
      decimalScale={2}
      fixedDecimalScale
      decimalSeparator={french ? ',' : '.'}
      thousandSeparator={french ? '\u202f' : ','}
      hideControls
      inputMode="decimal"
    />
  );
}

// Dark shades: white text on them stays above 4.5:1. The text in the badge carries the state.

export { okGreen };

const loanStatusColor: Record<LoanStatus, string> = {
  approved: 'blue.8',
  active: 'blue.8',
  repaid: okGreen,
  written_off: 'red.9',
};
const applicationStatusColor: Record<ApplicationView['status'], string> = {
  submitted: 'blue.8',
  approved: okGreen,
  declined: 'red.9',
  withdrawn: 'gray.7',
};
const installmentColor: Record<InstallmentState, string> = {
  paid: okGreen,
  partly_paid: lateOrange,
  due: 'blue.8',
  late: 'red.9',
  upcoming: 'gray.7',
};
const bucketColor: Record<AgingBucket, string> = {
  current: okGreen,
  '1-30': lateOrange,
  '31-60': lateOrange,
  '61-90': 'red.9',
  '90+': 'red.9',
};

export function LoanStatusBadge({ status }: { status: LoanStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={loanStatusColor[status]} variant="filled">
      {t(`loanFund.loanStatus.${status}`)}
    </Badge>
  );
}

export function ApplicationStatusBadge({ status }: { status: ApplicationView['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={applicationStatusColor[status]} variant="filled">
      {t(`loanFund.applicationStatus.${status}`)}
    </Badge>
  );
}

export function InstallmentStateBadge({ state }: { state: InstallmentState }) {
  const { t } = useTranslation();
  return (
    <Badge color={installmentColor[state]} variant="filled">
      {t(`loanFund.installmentState.${state}`)}
    </Badge>
  );
}

/** A loan not being repaid (repaid, written off, not paid out) has no arrears: no badge. */
export function BucketBadge({ bucket }: { bucket: AgingBucket | null }) {
  const { t } = useTranslation();
  if (bucket === null) return null;
  return (
    <Badge color={bucketColor[bucket]} variant="filled" tt="none">
      {t(`loanFund.bucket.${bucket}`)}
    </Badge>
  );
}
