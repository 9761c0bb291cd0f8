import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { useRegionPartners } from '../../api/moves.js';
import { usePlanStay } from '../../api/stays.js';
import { FormErrorAlert } from '../../components/FormErrorAlert.js';
import { Dialog } from '../caseload/Dialog.js';
import { type StayDraft, StayFields, stayDraftBody } from './StayFields.js';

/**
 * Planning an exploratory stay on the file of the household's main contact: a region of Québec, the
 * host among the partners covering it, one to five days, the household's members who go (files) and
 * children without a file, and what the household wants to see there.
 */
export function PlanStayDialog({
  personId,
  opened,
  onClose,
  onPlanned,
}: {
  personId: string;
  opened: boolean;
  onClose: () => void;
  onPlanned: () => void;
}) {
  const { t } = useTranslation();
  const plan = usePlanStay(personId);
  const regions = useRegionPartners(opened);
  const [regionCode, setRegionCode] = useState('');
  const [host, setHost] = useState('');
  const [draft, setDraft] = useState<StayDraft>({
    startsOn: '',
    endsOn: '',
    travellers: [personId],
    children: 0,
    purpose: '',
  });
  const errors = fieldErrorsOf(plan.error);
  const quebec = (regions.data?.items ?? []).filter((r) => r.country === 'CA');
  const region = quebec.find((r) => r.code === regionCode);
  const partners = region?.partners ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await plan.mutateAsync({
      regionCountry: 'CA',
      regionCode,
      hostOrganizationId: host,
      ...stayDraftBody(draft),
    });
    if (result) onPlanned();
  };
  return (
    <Dialog opened={opened} onClose={onClose} title={t('stays.form.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormErrorAlert error={plan.error} />
          {regions.error ? (
            <Alert color="red" role="alert">
              {errorMessage(regions.error)}
            </Alert>
          ) : null}
          <NativeSelect
            label={t('stays.form.region')}
            description={t('stays.form.regionHint')}
            value={regionCode}
            onChange={(event) => {
              const code = event.currentTarget.value;
              setRegionCode(code);
              const only = quebec.find((r) => r.code === code)?.partners ?? [];
              setHost(only.length === 1 ? (only[0]?.id ?? '') : '');
            }}
            error={errors.regionCode ?? errors.regionCountry}
            required
            data={[
              { value: '', label: t('stays.form.chooseRegion'), disabled: true },
              ...quebec.map((r) => ({
                value: r.code,
                label:
                  r.partners.length > 0 ? r.name : t('stays.form.regionWithoutPartner', { region: r.name }),
              })),
            ]}
          />
          {region && partners.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('stays.form.noPartner')}
            </Text>
          ) : null}
          <NativeSelect
            label={t('stays.form.host')}
            description={t('stays.form.hostHint')}
            value={host}
            onChange={(event) => setHost(event.currentTarget.value)}
            error={errors.hostOrganizationId}
            required
            disabled={partners.length === 0}
            data={[
              { value: '', label: t('stays.form.chooseHost'), disabled: true },
              ...partners.map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
          <StayFields
            personId={personId}
            draft={draft}
            onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
            errors={errors}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('app.cancel')}
            </Button>
            <Button
              type="submit"
              loading={plan.isPending}
              disabled={!regionCode || !host || !draft.startsOn || !draft.endsOn}
            >
              {t('stays.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
