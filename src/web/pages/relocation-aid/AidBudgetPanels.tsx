import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import {
  type AidReportView,
  aidReportFileUrl,
  costKindsByPurpose,
  useAddAidRules,
  useAidBudget,
  useAidReport,
  useAidRules,
  useRecordAidAllocation,
} from '../../api/relocation-aid.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate, todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { centsOf, formatCad, regionName } from './aid-format.js';

function Figure({ label, cents }: { label: string; cents: number }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700}>{formatCad(cents)}</Text>
    </Stack>
  );
}

/** The budget of the year: its position, the accounts' balances, the allocations and every journal entry. */
export function AidBudgetPanel({
  programId,
  year,
  canAllocate,
}: {
  programId: string;
  year: number;
  canAllocate: boolean;
}) {
  const { t } = useTranslation();
  const budget = useAidBudget(programId, year);
  const notOpened = budget.error && 'code' in budget.error && budget.error.code === 'AID_BUDGET_NOT_FOUND';
  return (
    <Stack>
      {notOpened ? <Text>{t('relocationAid.budget.none')}</Text> : null}
      <QueryState
        isPending={budget.isPending}
        error={notOpened ? null : budget.error}
        onRetry={() => budget.refetch()}
      >
        {budget.data ? (
          <Stack>
            <section aria-labelledby="aid-position">
              <Title order={3} size="h5" id="aid-position">
                {t('relocationAid.budget.position')}
              </Title>
              <SimpleGrid cols={{ base: 2, sm: 5 }}>
                <Figure
                  label={t('relocationAid.budget.allocated')}
                  cents={budget.data.position.allocatedCents}
                />
                <Figure label={t('relocationAid.budget.cash')} cents={budget.data.position.cashCents} />
                <Figure
                  label={t('relocationAid.budget.committed')}
                  cents={budget.data.position.committedCents}
                />
                <Figure label={t('relocationAid.budget.paid')} cents={budget.data.position.paidCents} />
                <Figure
                  label={t('relocationAid.budget.available')}
                  cents={budget.data.position.availableCents}
                />
              </SimpleGrid>
            </section>
            <ScrollTable label={t('relocationAid.budget.balances')}>
              <Table striped>
                <Table.Caption>{t('relocationAid.budget.balances')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('relocationAid.budget.account')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.debit')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.credit')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.balance')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {budget.data.balances.map((b) => (
                    <Table.Tr key={b.account}>
                      <Table.Th scope="row">{t(`relocationAid.budget.accountName.${b.account}`)}</Table.Th>
                      <Table.Td>{formatCad(b.debitCents)}</Table.Td>
                      <Table.Td>{formatCad(b.creditCents)}</Table.Td>
                      <Table.Td>{formatCad(b.balanceCents)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            <ScrollTable label={t('relocationAid.budget.allocations')}>
              <Table striped>
                <Table.Caption>{t('relocationAid.budget.allocations')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('relocationAid.budget.day')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.funder')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {budget.data.allocations.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>{formatDate(a.allocatedOn)}</Table.Td>
                      <Table.Td>{a.funder}</Table.Td>
                      <Table.Td>{formatCad(a.amountCents)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            <ScrollTable label={t('relocationAid.budget.journal')}>
              <Table striped>
                <Table.Caption>{t('relocationAid.budget.journal')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('relocationAid.budget.entry')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.day')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.kind')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.account')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.debit')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.credit')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {budget.data.journal.flatMap((entry) =>
                    entry.lines.map((line, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: an entry's lines are fixed, in their order
                      <Table.Tr key={`${entry.entryId}-${line.account}-${index}`}>
                        <Table.Td>{index === 0 ? entry.sequence : ''}</Table.Td>
                        <Table.Td>{index === 0 ? formatDate(entry.occurredOn) : ''}</Table.Td>
                        <Table.Td>
                          {index === 0 ? t(`relocationAid.budget.entryKind.${entry.kind}`) : ''}
                        </Table.Td>
                        <Table.Td>{t(`relocationAid.budget.accountName.${line.account}`)}</Table.Td>
                        <Table.Td>{line.debitCents ? formatCad(line.debitCents) : ''}</Table.Td>
                        <Table.Td>{line.creditCents ? formatCad(line.creditCents) : ''}</Table.Td>
                      </Table.Tr>
                    )),
                  )}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </Stack>
        ) : null}
      </QueryState>
      {canAllocate ? <AllocationForm programId={programId} year={year} /> : null}
    </Stack>
  );
}

function AllocationForm({ programId, year }: { programId: string; year: number }) {
  const { t } = useTranslation();
  const record = useRecordAidAllocation(programId);
  const [funder, setFunder] = useState('');
  const [amount, setAmount] = useState<number | string>('');
  const [allocatedOn, setAllocatedOn] = useState(todayInOrganization());
  const errors = fieldErrorsOf(record.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await record.mutateAsync({ year, funder: funder.trim(), amountCents: centsOf(amount), allocatedOn });
    setFunder('');
    setAmount('');
    notify({ color: 'green', message: t('relocationAid.budget.allocateDone') });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="aid-allocate">
      <Stack gap="xs">
        <Title order={3} size="h5" id="aid-allocate">
          {t('relocationAid.budget.allocate')}
        </Title>
        {record.error && Object.keys(errors).length === 0 ? (
          <Alert color="red" role="alert">
            {errorMessage(record.error)}
          </Alert>
        ) : null}
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('relocationAid.budget.funder')}
            value={funder}
            onChange={(event) => setFunder(event.currentTarget.value)}
            maxLength={200}
            error={errors.funder}
            required
          />
          <NumberInput
            label={t('relocationAid.form.amount')}
            value={amount}
            onChange={setAmount}
            min={0.01}
            decimalScale={2}
            error={errors.amountCents}
            required
          />
          <TextInput
            type="date"
            label={t('relocationAid.budget.allocatedOn')}
            value={allocatedOn}
            onChange={(event) => setAllocatedOn(event.currentTarget.value)}
            error={errors.allocatedOn}
            required
          />
          <Button type="submit" loading={record.isPending} disabled={!funder.trim() || !amount}>
            {t('relocationAid.budget.allocate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The versions of the rules, newest first, and a new version for those who keep them. */
export function AidRulesPanel({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const rules = useAidRules(programId);
  const ceiling = (cents: number | null) =>
    cents === null ? t('relocationAid.rules.noCeiling') : formatCad(cents);
  return (
    <Stack>
      <QueryState isPending={rules.isPending} error={rules.error} onRetry={() => rules.refetch()}>
        {rules.data ? (
          <Stack>
            {rules.data.items.length === 0 ? <Text>{t('relocationAid.rules.none')}</Text> : null}
            {rules.data.items.map((v) => (
              <section key={v.id} aria-labelledby={`aid-rules-${v.version}`}>
                <Title order={3} size="h5" id={`aid-rules-${v.version}`}>
                  {t('relocationAid.rules.version', {
                    version: v.version,
                    date: formatDate(v.effectiveFrom),
                  })}
                </Title>
                <Text size="sm">
                  {t('relocationAid.rules.eligible')} :{' '}
                  {v.eligibleKinds.map((k) => t(`relocationAid.costKind.${k}`)).join(', ')}
                </Text>
                <Text size="sm">
                  {t('relocationAid.rules.tripCeiling')} : {ceiling(v.tripCeilingCents)} ·{' '}
                  {t('relocationAid.rules.moveCeiling')} : {ceiling(v.moveCeilingCents)} ·{' '}
                  {t('relocationAid.rules.householdCeiling')} : {ceiling(v.householdCeilingCents)} (
                  {t(`relocationAid.rules.period.${v.householdCeilingPeriod}`)})
                </Text>
                <Text size="sm">
                  {t('relocationAid.rules.maxTrips')} :{' '}
                  {v.maxTripsPerHousehold ?? t('relocationAid.rules.noCeiling')} ·{' '}
                  {t('relocationAid.rules.share')} : {v.reimbursedPercent} ·{' '}
                  {t('relocationAid.rules.receiptAbove')} : {formatCad(v.receiptRequiredAboveCents)}
                </Text>
              </section>
            ))}
            {rules.data.canEdit ? <RulesForm programId={programId} /> : null}
          </Stack>
        ) : null}
      </QueryState>
    </Stack>
  );
}

const allKinds = [...costKindsByPurpose.exploratory_stay, ...costKindsByPurpose.move];

function RulesForm({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const add = useAddAidRules(programId);
  const [effectiveFrom, setEffectiveFrom] = useState(todayInOrganization());
  const [kinds, setKinds] = useState<string[]>(allKinds);
  const [trip, setTrip] = useState<number | string>('');
  const [move, setMove] = useState<number | string>('');
  const [household, setHousehold] = useState<number | string>('');
  const [period, setPeriod] = useState<'program_year' | 'all_time'>('program_year');
  const [trips, setTrips] = useState<number | string>('');
  const [share, setShare] = useState<number | string>(100);
  const [receiptAbove, setReceiptAbove] = useState<number | string>(0);
  const errors = fieldErrorsOf(add.error);
  const optionalCents = (v: number | string) => (v === '' ? null : centsOf(v));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await add.mutateAsync({
      effectiveFrom,
      eligibleKinds: kinds as (typeof allKinds)[number][],
      tripCeilingCents: optionalCents(trip),
      moveCeilingCents: optionalCents(move),
      householdCeilingCents: optionalCents(household),
      householdCeilingPeriod: period,
      maxTripsPerHousehold: trips === '' ? null : Number(trips),
      reimbursedPercent: Number(share),
      receiptRequiredAboveCents: centsOf(receiptAbove || 0),
    });
    notify({ color: 'green', message: t('relocationAid.rules.done') });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="aid-rules-add">
      <Stack gap="xs">
        <Title order={3} size="h5" id="aid-rules-add">
          {t('relocationAid.rules.add')}
        </Title>
        {add.error && Object.keys(errors).length === 0 ? (
          <Alert color="red" role="alert">
            {errorMessage(add.error)}
          </Alert>
        ) : null}
        <TextInput
          type="date"
          label={t('relocationAid.rules.effectiveFrom')}
          value={effectiveFrom}
          onChange={(event) => setEffectiveFrom(event.currentTarget.value)}
          error={errors.effectiveFrom}
          required
        />
        <Checkbox.Group
          label={t('relocationAid.rules.eligible')}
          value={kinds}
          onChange={setKinds}
          error={errors.eligibleKinds}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
            {allKinds.map((k) => (
              <Checkbox key={k} value={k} label={t(`relocationAid.costKind.${k}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t('relocationAid.rules.tripCeiling')}
            value={trip}
            onChange={setTrip}
            min={0}
            decimalScale={2}
            error={errors.tripCeilingCents}
          />
          <NumberInput
            label={t('relocationAid.rules.moveCeiling')}
            value={move}
            onChange={setMove}
            min={0}
            decimalScale={2}
            error={errors.moveCeilingCents}
          />
          <NumberInput
            label={t('relocationAid.rules.householdCeiling')}
            value={household}
            onChange={setHousehold}
            min={0}
            decimalScale={2}
            error={errors.householdCeilingCents}
          />
          <NativeSelect
            label={t('relocationAid.rules.householdPeriod')}
            value={period}
            onChange={(event) => setPeriod(event.currentTarget.value as 'program_year' | 'all_time')}
            data={(['program_year', 'all_time'] as const).map((value) => ({
              value,
              label: t(`relocationAid.rules.period.${value}`),
            }))}
          />
          <NumberInput
            label={t('relocationAid.rules.maxTrips')}
            value={trips}
            onChange={setTrips}
            min={0}
            max={20}
            allowDecimal={false}
            error={errors.maxTripsPerHousehold}
          />
          <NumberInput
            label={t('relocationAid.rules.share')}
            value={share}
            onChange={setShare}
            min={0}
            max={100}
            allowDecimal={false}
            error={errors.reimbursedPercent}
          />
          <NumberInput
            label={t('relocationAid.rules.receiptAbove')}
            value={receiptAbove}
            onChange={setReceiptAbove}
            min={0}
            decimalScale={2}
            error={errors.receiptRequiredAboveCents}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={add.isPending} disabled={kinds.length === 0}>
            {t('relocationAid.rules.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Breakdown({
  title,
  rows,
  label,
}: {
  title: string;
  rows: AidReportView['byPurpose'];
  label: (key: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={title}>
      <Table striped>
        <Table.Caption>{title}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('relocationAid.report.key')}</Table.Th>
            <Table.Th scope="col">{t('relocationAid.report.households')}</Table.Th>
            <Table.Th scope="col">{t('relocationAid.report.approvedCents')}</Table.Th>
            <Table.Th scope="col">{t('relocationAid.report.paidCents')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row">{label(r.key)}</Table.Th>
              <Table.Td>{r.households}</Table.Td>
              <Table.Td>{formatCad(r.approvedCents)}</Table.Td>
              <Table.Td>{formatCad(r.paidCents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** The aid report of the year, its breakdowns and its exports. */
export function AidReportPanel({ programId, year }: { programId: string; year: number }) {
  const { t } = useTranslation();
  const report = useAidReport(programId, year);
  const notOpened = report.error && 'code' in report.error && report.error.code === 'AID_BUDGET_NOT_FOUND';
  return (
    <Stack>
      {notOpened ? <Text>{t('relocationAid.budget.none')}</Text> : null}
      <QueryState
        isPending={report.isPending}
        error={notOpened ? null : report.error}
        onRetry={() => report.refetch()}
      >
        {report.data ? (
          <Stack>
            <section aria-labelledby="aid-report-figures">
              <Title order={3} size="h5" id="aid-report-figures">
                {t('relocationAid.report.figures')}
              </Title>
              <SimpleGrid cols={{ base: 2, sm: 4 }}>
                <Figure label={t('relocationAid.report.budget')} cents={report.data.budgetCents} />
                <Figure label={t('relocationAid.report.approved')} cents={report.data.approvedCents} />
                <Figure label={t('relocationAid.report.paid')} cents={report.data.paidCents} />
                <Figure label={t('relocationAid.report.reversed')} cents={report.data.reversedCents} />
                <Figure label={t('relocationAid.report.committed')} cents={report.data.committedCents} />
                <Figure label={t('relocationAid.report.available')} cents={report.data.availableCents} />
                <Stack gap={0}>
                  <Text size="sm" c="dimmed">
                    {t('relocationAid.report.households')}
                  </Text>
                  <Text fw={700}>{report.data.households}</Text>
                </Stack>
              </SimpleGrid>
            </section>
            <Breakdown
              title={t('relocationAid.report.byPurpose')}
              rows={report.data.byPurpose}
              label={(k) => t(`relocationAid.purpose.${k}`)}
            />
            <Breakdown
              title={t('relocationAid.report.byRegion')}
              rows={report.data.byRegion}
              label={(k) => regionName(k.split('-')[1] ?? k)}
            />
            <Breakdown
              title={t('relocationAid.report.byOrganization')}
              rows={report.data.byOrganization}
              label={(name) => name}
            />
            <Group>
              <Anchor href={aidReportFileUrl(programId, year, 'csv')} download>
                {t('relocationAid.report.exportCsv')}
              </Anchor>
              <Anchor href={aidReportFileUrl(programId, year, 'xlsx')} download>
                {t('relocationAid.report.exportXlsx')}
              </Anchor>
            </Group>
          </Stack>
        ) : null}
      </QueryState>
    </Stack>
  );
}
