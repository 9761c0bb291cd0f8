import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors.js';
import { costKindsByPurpose, useAddAidRules, useAidRules } from '../../api/relocation-aid.js';
import { FormErrorAlert } from '../../components/FormErrorAlert.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate, todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { centsOf, formatCad } from './aid-format.js';

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
        <FormErrorAlert error={add.error} />
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
