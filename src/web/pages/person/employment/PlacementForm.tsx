import {
  Alert,
  Button,
  Group,
  Loader,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths } from '../../../../core/calendar.js';
import {
  contractTypesByCountry,
  fixedTermContracts,
} from '../../../../modules/offers/domain/contract-types.js';
import { parsePayAmount } from '../../../../modules/offers/domain/pay.js';
import { addDays } from '../../../../modules/placements/domain/contract-rules.js';
import { useEmployer, useEmployers } from '../../../api/employers.js';
import { errorMessage } from '../../../api/errors.js';
import { type OfferView, payPeriods, useOffer, workingTimes } from '../../../api/offers.js';
import { type PlacementBody, useRecordPlacement } from '../../../api/placements.js';
import { type OccupationChoice, OccupationPicker } from '../../../components/OccupationPicker.js';
import { todayInOrganization } from '../../../format.js';
import { notify } from '../../../notify.js';
import { Dialog } from '../../caseload/Dialog.js';
import { placementFieldErrors } from './placement-errors.js';

type Country = 'FR' | 'US' | 'CA';

/** Where the hire comes from: an offer of the directory, and the person's application to it. */
export interface PlacementOrigin {
  offerId: string;
  applicationId?: string;
}

/**
 * Records a person's hire or work contract. Opened from an offer or an application ("Hired"), it is
 * filled in from the offer (employer, site, title, occupation, contract, hours) and, with an
 * application, moves it to hired in the same transaction.
 */
export function PlacementFormDialog({
  opened,
  onClose,
  personId,
  from,
}: {
  opened: boolean;
  onClose: () => void;
  personId: string;
  from?: PlacementOrigin;
}) {
  const { t } = useTranslation();
  return (
    <Dialog opened={opened} onClose={onClose} title={t('placements.form.title')} size="lg">
      {opened ? (
        from ? (
          <FromOffer personId={personId} from={from} onClose={onClose} />
        ) : (
          <PlacementForm personId={personId} onClose={onClose} />
        )
      ) : null}
    </Dialog>
  );
}

function FromOffer({
  personId,
  from,
  onClose,
}: {
  personId: string;
  from: PlacementOrigin;
  onClose: () => void;
}) {
  const offer = useOffer(from.offerId);
  if (offer.isPending) return <Loader size="sm" aria-label="…" />;
  return (
    <PlacementForm
      personId={personId}
      offer={offer.data}
      applicationId={from.applicationId}
      onClose={onClose}
    />
  );
}

const centsText = (cents: number | null | undefined) =>
  cents === null || cents === undefined ? '' : (cents / 100).toFixed(2);

export function PlacementForm({
  personId,
  offer,
  applicationId,
  onClose,
}: {
  personId: string;
  offer?: OfferView;
  applicationId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordPlacement();
  const employers = useEmployers({ kind: 'all', scope: 'all', page: 1, pageSize: 100 });
  const [employerId, setEmployerId] = useState(offer?.employer.id ?? '');
  const chosen = employers.data?.items.find((e) => e.id === employerId);
  const country: Country = offer?.country ?? chosen?.country ?? 'FR';
  const allowed = contractTypesByCountry[country];
  const [siteId, setSiteId] = useState(offer?.site?.id ?? '');
  const [jobTitle, setJobTitle] = useState(offer?.title ?? '');
  const [occupation, setOccupation] = useState<OccupationChoice | undefined>(
    offer?.occupation
      ? {
          text: offer.occupation.label ?? offer.occupation.escoId,
          escoId: offer.occupation.escoId,
          regulatedEu: false,
        }
      : undefined,
  );
  const [contractType, setContractType] = useState<string>(offer?.contractType ?? allowed[0] ?? '');
  const [workingTime, setWorkingTime] = useState<string>(offer?.workingTime ?? 'full_time');
  const [hours, setHours] = useState<number | string>(offer?.hoursPerWeek ?? '');
  const [wage, setWage] = useState(centsText(offer?.pay?.minCents));
  const [wagePeriod, setWagePeriod] = useState<string>(offer?.pay?.period ?? '');
  const [startsOn, setStartsOn] = useState(offer?.startsOn ?? todayInOrganization());
  // A fixed-term offer's length gives the planned end: six months from 2 March end on 1 September.
  const [plannedEndOn, setPlannedEndOn] = useState(
    offer?.contractMonths && startsOn ? addDays(addMonths(startsOn, offer.contractMonths), -1) : '',
  );
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const fields = { ...placementFieldErrors(record.error, t), ...localErrors };
  const fixedTerm = fixedTermContracts.has(contractType as never);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const cents = wage.trim() ? parsePayAmount(wage) : null;
    if (wage.trim() && cents === null) {
      setLocalErrors({ 'wage.cents': t('placements.form.wageUnreadable') });
      return;
    }
    setLocalErrors({});
    const body: PlacementBody = {
      personId,
      employerId,
      siteId: siteId || null,
      offerId: offer?.id ?? null,
      applicationId: applicationId ?? null,
      jobTitle: jobTitle.trim(),
      escoId: occupation?.escoId ?? null,
      contractType: contractType as PlacementBody['contractType'],
      workingTime: workingTime as PlacementBody['workingTime'],
      hoursPerWeek: hours === '' ? null : Number(hours),
      wage: cents === null ? null : { cents, period: (wagePeriod || 'month') as 'hour' | 'month' | 'year' },
      startsOn,
      plannedEndOn: plannedEndOn || null,
    };
    try {
      await record.mutateAsync(body);
      notify({ color: 'green', message: t('placements.form.recorded') });
      onClose();
    } catch {
      // Shown in the form.
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {offer ? <Text size="sm">{t('placements.form.fromOffer', { title: offer.title })}</Text> : null}
        {record.error && Object.keys(placementFieldErrors(record.error, t)).length === 0 ? (
          <Alert color="red" role="alert">
            {errorMessage(record.error)}
          </Alert>
        ) : null}
        {offer ? null : (
          <NativeSelect
            label={t('placements.form.employer')}
            required
            value={employerId}
            error={fields.employerId}
            onChange={(event) => {
              setEmployerId(event.currentTarget.value);
              setSiteId('');
              const next = employers.data?.items.find((e) => e.id === event.currentTarget.value);
              if (next) setContractType(contractTypesByCountry[next.country][0] ?? '');
            }}
            data={[
              { value: '', label: t('placements.form.chooseEmployer') },
              ...(employers.data?.items ?? []).map((e) => ({ value: e.id, label: e.name })),
            ]}
            data-autofocus
          />
        )}
        {employerId ? (
          <SiteSelect employerId={employerId} value={siteId} onChange={setSiteId} error={fields.siteId} />
        ) : null}
        <TextInput
          label={t('placements.form.jobTitle')}
          required
          maxLength={200}
          value={jobTitle}
          error={fields.jobTitle}
          onChange={(event) => setJobTitle(event.currentTarget.value)}
          data-autofocus={offer ? true : undefined}
        />
        <OccupationPicker
          label={t('placements.form.occupation')}
          value={occupation}
          onChange={setOccupation}
          error={fields.escoId}
          personLanguages={[]}
        />
        <Group grow align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('placements.form.contractType')}
            value={contractType}
            error={fields.contractType}
            onChange={(event) => setContractType(event.currentTarget.value)}
            data={allowed.map((type) => ({ value: type, label: t(`offers.contractType.${type}`) }))}
          />
          <NativeSelect
            label={t('placements.form.workingTime')}
            value={workingTime}
            onChange={(event) => setWorkingTime(event.currentTarget.value)}
            data={workingTimes.map((w) => ({ value: w, label: t(`offers.workingTime.${w}`) }))}
          />
          <NumberInput
            label={t('placements.form.hoursPerWeek')}
            min={1}
            max={60}
            value={hours}
            error={fields.hoursPerWeek}
            onChange={setHours}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('placements.form.wage')}
            description={t('placements.form.wageHint')}
            inputMode="decimal"
            value={wage}
            error={fields['wage.cents'] ?? fields.wage}
            onChange={(event) => setWage(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('placements.form.wagePeriod')}
            value={wagePeriod}
            error={fields['wage.period']}
            onChange={(event) => setWagePeriod(event.currentTarget.value)}
            data={[
              { value: '', label: t('placements.form.noWage') },
              ...payPeriods.map((p) => ({ value: p, label: t(`offers.payPeriod.${p}`) })),
            ]}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t('placements.form.startsOn')}
            required
            value={startsOn}
            error={fields.startsOn}
            onChange={(event) => setStartsOn(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('placements.form.plannedEndOn')}
            description={t('placements.form.plannedEndHint')}
            required={fixedTerm}
            value={plannedEndOn}
            error={fields.plannedEndOn}
            onChange={(event) => setPlannedEndOn(event.currentTarget.value)}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('placements.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('placements.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SiteSelect({
  employerId,
  value,
  onChange,
  error,
}: {
  employerId: string;
  value: string;
  onChange: (siteId: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const employer = useEmployer(employerId);
  const sites = (employer.data?.sites ?? []).filter((site) => !('removedAt' in site && site.removedAt));
  if (sites.length === 0 && !value) return null;
  return (
    <NativeSelect
      label={t('placements.form.site')}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[
        { value: '', label: t('placements.form.noSite') },
        ...sites.map((site) => ({ value: site.id, label: `${site.name} — ${site.city}` })),
      ]}
    />
  );
}
