import { Alert, Anchor, Button, Checkbox, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type EmployerBody,
  type EmployerView,
  employerCountries,
  siaeKinds,
  sizeBands,
  useChangeEmployer,
  useCreateEmployer,
} from '../../api/employers.js';
import { errorMessage } from '../../api/errors.js';
import { useSession } from '../../api/session.js';
import { countryName } from '../../format-names.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { existingEmployerOf, fieldErrorsOf, isFieldError } from './form-errors.js';

type Country = (typeof employerCountries)[number];
const schemeOf = { FR: 'siret', US: 'ein', CA: 'neq' } as const;
const sectorSchemeOf = { FR: 'naf', US: 'naics', CA: 'scian' } as const;

/** Adds an employer to the directory, or changes one (every field at once, as the API takes them). */
export function EmployerFormDialog({
  opened,
  onClose,
  employer,
}: {
  opened: boolean;
  onClose: () => void;
  employer?: EmployerView;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      opened={opened}
      onClose={onClose}
      title={employer ? t('employers.form.editTitle') : t('employers.form.newTitle')}
      size="lg"
    >
      {opened ? <EmployerForm employer={employer} onClose={onClose} /> : null}
    </Dialog>
  );
}

function EmployerForm({ employer, onClose }: { employer?: EmployerView; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const create = useCreateEmployer();
  const change = useChangeEmployer(employer?.id ?? '');
  const mutation = employer ? change : create;
  const ownCountry = (employerCountries as readonly string[]).includes(session.organization.country)
    ? (session.organization.country as Country)
    : 'FR';
  const [name, setName] = useState(employer?.name ?? '');
  const [country, setCountry] = useState<Country>(employer?.country ?? ownCountry);
  const [legalIdentifier, setLegalIdentifier] = useState(employer?.legalIdentifier?.display ?? '');
  const [sectorCode, setSectorCode] = useState(employer?.sector?.code ?? '');
  const [sectorLabel, setSectorLabel] = useState(employer?.sector?.label ?? '');
  const [sizeBand, setSizeBand] = useState<string>(employer?.sizeBand ?? '');
  const [website, setWebsite] = useState(employer?.website ?? '');
  const [siae, setSiae] = useState(employer?.siae ?? false);
  const [siaeKind, setSiaeKind] = useState<string>(employer?.siaeKind ?? '');
  const [siaeConsortiumId, setSiaeConsortiumId] = useState(employer?.siaeConsortium?.id ?? '');
  const [shared, setShared] = useState(employer?.sharedWithConsortium ?? false);
  const fields = fieldErrorsOf(mutation.error);
  const existing = existingEmployerOf(mutation.error);
  const consortia = session.consortia;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: EmployerBody = {
      name: name.trim(),
      country,
      legalIdentifier: legalIdentifier.trim() || null,
      sectorCode: sectorCode.trim() || null,
      sectorLabel: sectorLabel.trim() || null,
      sizeBand: (sizeBand || null) as EmployerBody['sizeBand'],
      website: website.trim() || null,
      siae: country === 'FR' && siae,
      siaeKind: country === 'FR' && siae && siaeKind ? (siaeKind as EmployerBody['siaeKind']) : null,
      siaeConsortiumId: country === 'FR' && siae && siaeConsortiumId ? siaeConsortiumId : null,
      sharedWithConsortium: shared,
    };
    try {
      const result = await mutation.mutateAsync(body);
      notify({ color: 'green', message: employer ? t('employers.form.saved') : t('employers.form.created') });
      onClose();
      if (!employer) void navigate({ to: '/employers/$employerId', params: { employerId: result.id } });
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
        <TextInput
          label={t('employers.fields.name')}
          required
          maxLength={200}
          value={name}
          error={fields.name}
          onChange={(event) => setName(event.currentTarget.value)}
          data-autofocus
        />
        <NativeSelect
          label={t('employers.fields.country')}
          value={country}
          onChange={(event) => setCountry(event.currentTarget.value as Country)}
          data={employerCountries.map((code) => ({ value: code, label: countryName(code) }))}
        />
        <TextInput
          label={t(`employers.scheme.${schemeOf[country]}`)}
          description={t(`employers.fields.legalIdentifierHint.${schemeOf[country]}`)}
          maxLength={40}
          value={legalIdentifier}
          error={
            fields.legalIdentifier ? (
              <>
                {fields.legalIdentifier}{' '}
                {existing ? (
                  <Anchor
                    size="sm"
                    renderRoot={(props) => (
                      <Link
                        to="/employers/$employerId"
                        params={{ employerId: existing.employerId }}
                        {...props}
                      />
                    )}
                    onClick={onClose}
                  >
                    {t('employers.form.openExisting', { name: existing.name })}
                  </Anchor>
                ) : null}
              </>
            ) : undefined
          }
          onChange={(event) => setLegalIdentifier(event.currentTarget.value)}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t(`employers.sectorScheme.${sectorSchemeOf[country]}`)}
            description={t(`employers.fields.sectorCodeHint.${sectorSchemeOf[country]}`)}
            maxLength={12}
            value={sectorCode}
            error={fields.sectorCode}
            onChange={(event) => setSectorCode(event.currentTarget.value)}
          />
          <TextInput
            label={t('employers.fields.sectorLabel')}
            maxLength={200}
            value={sectorLabel}
            error={fields.sectorLabel}
            onChange={(event) => setSectorLabel(event.currentTarget.value)}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('employers.fields.sizeBand')}
            value={sizeBand}
            onChange={(event) => setSizeBand(event.currentTarget.value)}
            data={[
              { value: '', label: t('employers.fields.notGiven') },
              ...sizeBands.map((band) => ({ value: band, label: t(`employers.size.${band}`) })),
            ]}
          />
          <TextInput
            type="url"
            label={t('employers.fields.website')}
            placeholder="https://"
            maxLength={300}
            value={website}
            error={fields.website}
            onChange={(event) => setWebsite(event.currentTarget.value)}
          />
        </Group>
        {country === 'FR' ? (
          <>
            <Checkbox
              label={t('employers.fields.siae')}
              checked={siae}
              onChange={(event) => setSiae(event.currentTarget.checked)}
            />
            {siae ? (
              <Group grow align="flex-start" wrap="wrap">
                <NativeSelect
                  label={t('employers.fields.siaeKind')}
                  value={siaeKind}
                  onChange={(event) => setSiaeKind(event.currentTarget.value)}
                  data={[
                    { value: '', label: t('employers.fields.notGiven') },
                    ...siaeKinds.map((kind) => ({ value: kind, label: t(`employers.siaeKind.${kind}`) })),
                  ]}
                />
                <NativeSelect
                  label={t('employers.fields.siaeConsortium')}
                  value={siaeConsortiumId}
                  error={fields.siaeConsortiumId}
                  onChange={(event) => setSiaeConsortiumId(event.currentTarget.value)}
                  data={[
                    { value: '', label: t('employers.fields.noConsortium') },
                    ...consortia.map((c) => ({ value: c.id, label: c.name })),
                    ...(employer?.siaeConsortium &&
                    !consortia.some((c) => c.id === employer.siaeConsortium?.id)
                      ? [{ value: employer.siaeConsortium.id, label: employer.siaeConsortium.name }]
                      : []),
                  ]}
                />
              </Group>
            ) : null}
          </>
        ) : null}
        <Checkbox
          label={t('employers.fields.shared')}
          description={
            consortia.length > 0
              ? t('employers.fields.sharedHint', { consortia: consortia.map((c) => c.name).join(', ') })
              : t('employers.fields.sharedNoConsortium')
          }
          checked={shared}
          onChange={(event) => setShared(event.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending} disabled={!name.trim()}>
            {employer ? t('app.save') : t('employers.form.create')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
