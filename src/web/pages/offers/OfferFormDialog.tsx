import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contractTypesByCountry, fixedTermContracts } from '../../../modules/offers/domain/contract-types.js';
import { parsePayAmount } from '../../../modules/offers/domain/pay.js';
import { useEmployer, useEmployers } from '../../api/employers.js';
import { errorMessage } from '../../api/errors.js';
import {
  type OfferBody,
  type OfferView,
  offerSources,
  payPeriods,
  useChangeOffer,
  useCreateOffer,
  workingTimes,
} from '../../api/offers.js';
import { type OccupationChoice, OccupationPicker } from '../../components/OccupationPicker.js';
import { languageName } from '../../format-names.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { fieldErrorsOf, isFieldError } from '../employers/form-errors.js';

type Country = 'FR' | 'US' | 'CA';
const requirementLanguages = ['fr', 'en', 'es', 'ar', 'uk', 'pt', 'de', 'it', 'ru', 'zh'] as const;
const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const benchmarkLevels = Array.from({ length: 12 }, (_, i) => String(i + 1));

/**
 * Records a job offer, or changes one (every field at once, as the API takes them). From the offers
 * list the employer is chosen; from an employer's page it is that employer.
 */
export function OfferFormDialog({
  opened,
  onClose,
  offer,
  employer,
}: {
  opened: boolean;
  onClose: () => void;
  offer?: OfferView;
  /** The employer the new offer is for, when opened from its page. */
  employer?: { id: string; name: string; country: Country };
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      opened={opened}
      onClose={onClose}
      title={offer ? t('offers.form.editTitle') : t('offers.form.newTitle')}
      size="lg"
    >
      {opened ? <OfferForm offer={offer} employer={employer} onClose={onClose} /> : null}
    </Dialog>
  );
}

const centsText = (cents: number | null | undefined) =>
  cents === null || cents === undefined ? '' : (cents / 100).toFixed(2);
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const credentialCode = (label: string) =>
  label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'credential';

function OfferForm({
  offer,
  employer,
  onClose,
}: {
  offer?: OfferView;
  employer?: { id: string; name: string; country: Country };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOffer();
  const change = useChangeOffer(offer?.id ?? '');
  const mutation = offer ? change : create;
  const chooseEmployer = !offer && !employer;
  const employers = useEmployers({ kind: 'all', scope: 'all', page: 1, pageSize: 100 });
  const [employerId, setEmployerId] = useState(offer?.employer.id ?? employer?.id ?? '');
  const chosen = employers.data?.items.find((e) => e.id === employerId);
  const country: Country = offer?.country ?? employer?.country ?? chosen?.country ?? 'FR';
  const [title, setTitle] = useState(offer?.title ?? '');
  const [description, setDescription] = useState(offer?.description ?? '');
  const [occupation, setOccupation] = useState<OccupationChoice | undefined>(
    offer?.occupation
      ? {
          text: offer.occupation.label ?? offer.occupation.escoId,
          escoId: offer.occupation.escoId,
          regulatedEu: false,
        }
      : undefined,
  );
  const [siteId, setSiteId] = useState(offer?.site?.id ?? '');
  const [postalCode, setPostalCode] = useState('');
  const [city, setCity] = useState(offer && !offer.site ? (offer.place?.name ?? '') : '');
  const [remote, setRemote] = useState(offer?.remote ?? false);
  const allowed = contractTypesByCountry[country];
  const [contractType, setContractType] = useState<string>(offer?.contractType ?? allowed[0] ?? '');
  const [contractMonths, setContractMonths] = useState<number | string>(offer?.contractMonths ?? '');
  const [workingTime, setWorkingTime] = useState<string>(offer?.workingTime ?? 'full_time');
  const [hours, setHours] = useState<number | string>(offer?.hoursPerWeek ?? '');
  const [payMin, setPayMin] = useState(centsText(offer?.pay?.minCents));
  const [payMax, setPayMax] = useState(centsText(offer?.pay?.maxCents));
  const [payPeriod, setPayPeriod] = useState<string>(offer?.pay?.period ?? '');
  const [language, setLanguage] = useState(offer?.language?.language ?? '');
  const [scale, setScale] = useState<string>(offer?.language?.scale ?? (country === 'CA' ? 'clb' : 'cefr'));
  const [level, setLevel] = useState(offer?.language?.level ?? '');
  const [credentials, setCredentials] = useState(
    (offer?.requiredCredentials ?? []).map((c) => c.label).join('\n'),
  );
  const [skills, setSkills] = useState((offer?.skills ?? []).join('\n'));
  const [startsOn, setStartsOn] = useState(offer?.startsOn ?? '');
  const [expiresOn, setExpiresOn] = useState(offer?.expiresOn ?? '');
  const [positions, setPositions] = useState<number | string>(offer?.positions ?? 1);
  const [source, setSource] = useState<string>(offer?.source ?? 'employer');
  const [sourceReference, setSourceReference] = useState(offer?.sourceReference ?? '');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const fields = { ...fieldErrorsOf(mutation.error), ...localErrors };
  const fixedTerm = fixedTermContracts.has(contractType as never);
  const levels = scale === 'cefr' ? cefrLevels : benchmarkLevels;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const minCents = payMin.trim() ? parsePayAmount(payMin) : null;
    const maxCents = payMax.trim() ? parsePayAmount(payMax) : null;
    const unreadable: Record<string, string> = {};
    if (payMin.trim() && minCents === null) unreadable.payMin = t('offers.form.payUnreadable');
    if (payMax.trim() && maxCents === null) unreadable.payMax = t('offers.form.payUnreadable');
    setLocalErrors(unreadable);
    if (Object.keys(unreadable).length > 0) return;
    const previous = new Map((offer?.requiredCredentials ?? []).map((c) => [c.label, c.code]));
    const body: OfferBody = {
      employerId,
      siteId: siteId || null,
      title: title.trim(),
      description: description.trim() || null,
      escoId: occupation?.escoId ?? null,
      place: siteId ? null : { postalCode: postalCode.trim() || null, city: city.trim() || null },
      remote,
      contractType: contractType as OfferBody['contractType'],
      contractMonths: fixedTerm && contractMonths !== '' ? Number(contractMonths) : null,
      workingTime: workingTime as OfferBody['workingTime'],
      hoursPerWeek: hours === '' ? null : Number(hours),
      pay:
        minCents === null && maxCents === null
          ? null
          : { minCents, maxCents, period: (payPeriod || null) as 'hour' | 'month' | 'year' | null },
      language: language && level ? { language, scale: scale as 'cefr' | 'clb' | 'nclc', level } : null,
      requiredCredentials: lines(credentials).map((label) => ({
        code: previous.get(label) ?? credentialCode(label),
        label,
      })),
      skills: lines(skills),
      startsOn: startsOn || null,
      expiresOn: expiresOn || null,
      positions: Number(positions) || 1,
      source: source as OfferBody['source'],
      sourceReference: sourceReference.trim() || null,
    };
    try {
      const result = await mutation.mutateAsync(body);
      notify({ color: 'green', message: offer ? t('offers.form.saved') : t('offers.form.created') });
      onClose();
      if (!offer) void navigate({ to: '/offers/$offerId', params: { offerId: result.id } });
    } catch {
      // Shown in the form.
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {mutation.error && !isFieldError(mutation.error) ? (
          <Alert color="red" role="alert">
            {errorMessage(mutation.error)}
          </Alert>
        ) : null}
        {chooseEmployer ? (
          <NativeSelect
            label={t('offers.form.employer')}
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
              { value: '', label: t('offers.form.chooseEmployer') },
              ...(employers.data?.items ?? []).map((e) => ({ value: e.id, label: e.name })),
            ]}
            data-autofocus
          />
        ) : null}
        <TextInput
          label={t('offers.form.title')}
          required
          maxLength={200}
          value={title}
          error={fields.title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          data-autofocus={chooseEmployer ? undefined : true}
        />
        <OccupationPicker
          label={t('offers.form.occupation')}
          value={occupation}
          onChange={setOccupation}
          error={fields.escoId}
          personLanguages={[]}
        />
        {employerId ? (
          <SiteSelect employerId={employerId} value={siteId} onChange={setSiteId} error={fields.siteId} />
        ) : null}
        {siteId ? null : (
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('offers.form.postalCode')}
              maxLength={12}
              value={postalCode}
              error={fields.place}
              onChange={(event) => setPostalCode(event.currentTarget.value)}
            />
            <TextInput
              label={t('offers.form.city')}
              maxLength={120}
              value={city}
              onChange={(event) => setCity(event.currentTarget.value)}
            />
          </Group>
        )}
        <Checkbox
          label={t('offers.form.remote')}
          checked={remote}
          onChange={(event) => setRemote(event.currentTarget.checked)}
        />
        <Group grow align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('offers.form.contractType')}
            value={contractType}
            error={fields.contractType}
            onChange={(event) => setContractType(event.currentTarget.value)}
            data={allowed.map((type) => ({ value: type, label: t(`offers.contractType.${type}`) }))}
          />
          {fixedTerm ? (
            <NumberInput
              label={t('offers.form.contractMonths')}
              description={t('offers.form.contractMonthsHint')}
              min={1}
              max={60}
              allowDecimal={false}
              value={contractMonths}
              error={fields.contractMonths}
              onChange={setContractMonths}
            />
          ) : null}
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('offers.form.workingTime')}
            value={workingTime}
            onChange={(event) => setWorkingTime(event.currentTarget.value)}
            data={workingTimes.map((w) => ({ value: w, label: t(`offers.workingTime.${w}`) }))}
          />
          <NumberInput
            label={t('offers.form.hoursPerWeek')}
            min={1}
            max={60}
            value={hours}
            error={fields.hoursPerWeek}
            onChange={setHours}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('offers.form.payMin')}
            description={t('offers.form.payHint')}
            inputMode="decimal"
            value={payMin}
            error={fields.payMin ?? fields.pay}
            onChange={(event) => setPayMin(event.currentTarget.value)}
          />
          <TextInput
            label={t('offers.form.payMax')}
            description={t('offers.form.payHint')}
            inputMode="decimal"
            value={payMax}
            error={fields.payMax}
            onChange={(event) => setPayMax(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('offers.form.payPeriod')}
            value={payPeriod}
            onChange={(event) => setPayPeriod(event.currentTarget.value)}
            data={[
              { value: '', label: t('offers.form.payNotGiven') },
              ...payPeriods.map((p) => ({ value: p, label: t(`offers.payPeriod.${p}`) })),
            ]}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('offers.form.languageRequired')}
            value={language}
            onChange={(event) => setLanguage(event.currentTarget.value)}
            data={[
              { value: '', label: t('offers.form.noLanguage') },
              ...requirementLanguages.map((code) => ({ value: code, label: languageName(code) })),
            ]}
          />
          {language ? (
            <>
              <NativeSelect
                label={t('offers.form.languageScale')}
                value={scale}
                onChange={(event) => {
                  setScale(event.currentTarget.value);
                  setLevel('');
                }}
                data={(['cefr', 'clb', 'nclc'] as const).map((s) => ({
                  value: s,
                  label: t(`offers.scale.${s}`),
                }))}
              />
              <NativeSelect
                label={t('offers.form.languageLevel')}
                value={level}
                error={fields['language.level']}
                onChange={(event) => setLevel(event.currentTarget.value)}
                data={[{ value: '', label: '—' }, ...levels.map((l) => ({ value: l, label: l }))]}
              />
            </>
          ) : null}
        </Group>
        <Textarea
          label={t('offers.form.credentials')}
          description={t('offers.form.credentialsHint')}
          autosize
          minRows={2}
          value={credentials}
          error={fields.requiredCredentials}
          onChange={(event) => setCredentials(event.currentTarget.value)}
        />
        <Textarea
          label={t('offers.form.skills')}
          description={t('offers.form.skillsHint')}
          autosize
          minRows={2}
          value={skills}
          error={fields.skills}
          onChange={(event) => setSkills(event.currentTarget.value)}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t('offers.form.startsOn')}
            value={startsOn}
            error={fields.startsOn}
            onChange={(event) => setStartsOn(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('offers.form.expiresOn')}
            value={expiresOn}
            error={fields.expiresOn}
            onChange={(event) => setExpiresOn(event.currentTarget.value)}
          />
          <NumberInput
            label={t('offers.form.positions')}
            min={1}
            max={999}
            allowDecimal={false}
            value={positions}
            error={fields.positions}
            onChange={setPositions}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('offers.form.source')}
            value={source}
            onChange={(event) => setSource(event.currentTarget.value)}
            data={offerSources.map((s) => ({ value: s, label: t(`offers.source.${s}`) }))}
          />
          <TextInput
            label={t('offers.form.sourceReference')}
            maxLength={200}
            value={sourceReference}
            error={fields.sourceReference}
            onChange={(event) => setSourceReference(event.currentTarget.value)}
          />
        </Group>
        <Textarea
          label={t('offers.form.description')}
          autosize
          minRows={3}
          maxLength={10_000}
          value={description}
          error={fields.description}
          onChange={(event) => setDescription(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending} disabled={!title.trim() || !employerId}>
            {offer ? t('app.save') : t('offers.form.create')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The employer's current sites; none chosen means the town is typed. */
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
  const sites = employer.data?.sites ?? [];
  if (sites.length === 0 && !value) return null;
  return (
    <NativeSelect
      label={t('offers.form.site')}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[
        { value: '', label: t('offers.form.noSite') },
        ...sites.map((site) => ({ value: site.id, label: `${site.name} — ${site.city}` })),
      ]}
    />
  );
}
