import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { type StaffTrainingRecord, useSetStaffCertification } from '../../api/sessions.js';
import { notify } from '../../notify.js';

type Current = StaffTrainingRecord['certification'];
const orNull = (value: string | number) => (value === '' ? null : Number(value));

/** What the organization's staff must accumulate: points, hours or both, over a number of months. */
export function CertificationForm({ current }: { current: Current }) {
  const { t } = useTranslation();
  const save = useSetStaffCertification();
  const errors = fieldErrorsOf(save.error);
  const [nameFr, setNameFr] = useState(current?.nameFr ?? '');
  const [nameEn, setNameEn] = useState(current?.nameEn ?? '');
  const [points, setPoints] = useState<string | number>(current?.requiredPoints ?? '');
  const [hours, setHours] = useState<string | number>(
    current?.requiredMinutes ? current.requiredMinutes / 60 : '',
  );
  const [months, setMonths] = useState<string | number>(current?.periodMonths ?? 12);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const requiredHours = orNull(hours);
    try {
      await save.mutateAsync({
        nameFr,
        nameEn,
        requiredPoints: orNull(points),
        requiredMinutes: requiredHours === null ? null : Math.round(requiredHours * 60),
        periodMonths: Number(months) || 0,
      });
      notify({ color: 'green', message: t('app.saved') });
    } catch {
      // Shown above the form.
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="certification-settings-title">
      <Title order={2} size="h4" id="certification-settings-title" mb="xs">
        {t('sessions.training.settingsTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('sessions.training.settingsIntro')}
      </Text>
      {save.error ? (
        <Alert color="red" role="alert" mb="sm">
          {errorMessage(save.error)}
        </Alert>
      ) : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('sessions.training.nameFr')}
            required
            value={nameFr}
            error={errors.nameFr}
            onChange={(event) => setNameFr(event.currentTarget.value)}
          />
          <TextInput
            label={t('sessions.training.nameEn')}
            required
            value={nameEn}
            error={errors.nameEn}
            onChange={(event) => setNameEn(event.currentTarget.value)}
          />
          <NumberInput
            label={t('sessions.training.requiredPoints')}
            description={t('sessions.training.optional')}
            min={1}
            allowDecimal={false}
            value={points}
            error={errors.requiredPoints}
            onChange={setPoints}
          />
          <NumberInput
            label={t('sessions.training.requiredHours')}
            description={t('sessions.training.optional')}
            min={0.5}
            step={0.5}
            decimalScale={1}
            value={hours}
            error={errors.requiredMinutes}
            onChange={setHours}
          />
          <NumberInput
            label={t('sessions.training.periodMonths')}
            required
            min={1}
            max={120}
            allowDecimal={false}
            value={months}
            error={errors.periodMonths}
            onChange={setMonths}
          />
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit" loading={save.isPending}>
            {t('app.save')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
