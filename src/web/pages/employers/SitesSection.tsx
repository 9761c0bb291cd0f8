import { Alert, Badge, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EmployerView, useRemoveSite, useSaveSite } from '../../api/employers.js';
import { errorMessage } from '../../api/errors.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { fieldErrorsOf, isFieldError } from './form-errors.js';
import { Section } from './Section.js';

type Site = EmployerView['sites'][number];

/** The employer's sites: address, head office, the municipality it was placed in (or that it was not). */
export function SitesSection({ employer }: { employer: EmployerView }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Site | 'new' | null>(null);
  const remove = useRemoveSite(employer.id);
  const removeSite = async (site: Site) => {
    try {
      await remove.mutateAsync(site.id);
      notify({ color: 'green', message: t('employers.sites.removed') });
    } catch (error) {
      notify({ color: 'red', message: errorMessage(error) });
    }
  };
  return (
    <Section
      id="employer-sites"
      title={t('employers.sites.title')}
      action={
        employer.mayEdit ? (
          <Button size="xs" variant="light" onClick={() => setEditing('new')}>
            {t('employers.sites.add')}
          </Button>
        ) : null
      }
    >
      {employer.sites.length === 0 ? <Text>{t('employers.sites.empty')}</Text> : null}
      <Stack gap="sm" component="ul" p={0} m={0} aria-label={t('employers.sites.title')}>
        {employer.sites.map((site) => (
          <Stack key={site.id} gap={2} component="li" style={{ listStyle: 'none' }} data-site={site.name}>
            <Group gap="xs">
              <Text fw={600}>{site.name}</Text>
              {site.headOffice ? (
                <Badge color="blue.9" variant="filled" tt="none">
                  {t('employers.sites.headOffice')}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm">
              {[site.addressLine, [site.postalCode, site.city].filter(Boolean).join(' ')]
                .filter(Boolean)
                .join(', ')}
            </Text>
            <Text size="sm" c="dimmed">
              {site.place
                ? t('employers.sites.placedIn', {
                    place: site.place.district
                      ? `${site.place.name} (${site.place.district})`
                      : site.place.name,
                  })
                : t('employers.sites.notPlaced')}
            </Text>
            {employer.mayEdit ? (
              <Group gap="xs">
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('employers.sites.editOne', { name: site.name })}
                  onClick={() => setEditing(site)}
                >
                  {t('app.edit')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red.8"
                  aria-label={t('employers.sites.removeOne', { name: site.name })}
                  loading={remove.isPending && remove.variables === site.id}
                  onClick={() => void removeSite(site)}
                >
                  {t('app.remove')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        ))}
      </Stack>
      <Dialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('employers.sites.addTitle') : t('employers.sites.editTitle')}
      >
        {editing !== null ? (
          <SiteForm
            employerId={employer.id}
            site={editing === 'new' ? undefined : editing}
            onClose={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
    </Section>
  );
}

function SiteForm({ employerId, site, onClose }: { employerId: string; site?: Site; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveSite(employerId);
  const [name, setName] = useState(site?.name ?? '');
  const [addressLine, setAddressLine] = useState(site?.addressLine ?? '');
  const [postalCode, setPostalCode] = useState(site?.postalCode ?? '');
  const [city, setCity] = useState(site?.city ?? '');
  const [headOffice, setHeadOffice] = useState(site?.headOffice ?? false);
  const fields = fieldErrorsOf(save.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await save.mutateAsync({
        ...(site ? { siteId: site.id } : {}),
        name: name.trim(),
        addressLine: addressLine.trim() || null,
        postalCode: postalCode.trim() || null,
        city: city.trim(),
        headOffice,
      });
      notify(
        result.located
          ? { color: 'green', message: t('employers.sites.saved') }
          : { color: 'red', message: t('employers.sites.savedNotPlaced') },
      );
      onClose();
    } catch {
      // Shown in the form.
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {save.error && !isFieldError(save.error) ? (
          <Alert color="red" role="alert">
            {errorMessage(save.error)}
          </Alert>
        ) : null}
        <TextInput
          label={t('employers.sites.fields.name')}
          required
          maxLength={120}
          value={name}
          error={fields.name}
          onChange={(event) => setName(event.currentTarget.value)}
          data-autofocus
        />
        <TextInput
          label={t('employers.sites.fields.addressLine')}
          maxLength={300}
          value={addressLine}
          error={fields.addressLine}
          onChange={(event) => setAddressLine(event.currentTarget.value)}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('employers.sites.fields.postalCode')}
            maxLength={12}
            value={postalCode}
            error={fields.postalCode}
            onChange={(event) => setPostalCode(event.currentTarget.value)}
          />
          <TextInput
            label={t('employers.sites.fields.city')}
            required
            maxLength={120}
            value={city}
            error={fields.city}
            onChange={(event) => setCity(event.currentTarget.value)}
          />
        </Group>
        <Checkbox
          label={t('employers.sites.fields.headOffice')}
          checked={headOffice}
          onChange={(event) => setHeadOffice(event.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!name.trim() || !city.trim()}>
            {t('app.save')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
