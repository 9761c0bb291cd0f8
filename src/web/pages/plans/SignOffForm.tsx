import {
  Alert,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { type Plan, type SignOffBody, signMethods, useSignOffPlan } from '../../api/plans.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';
import { todayIso } from './ui.js';

/** The person's sign-off: what is missing first, then the day and how they signed. */
export function SignOffForm({ personId, plan }: { personId: string; plan: Plan }) {
  const { t } = useTranslation();
  const sign = useSignOffPlan(personId, plan.id);
  const [signedOn, setSignedOn] = useState(todayIso());
  const [method, setMethod] = useState<SignOffBody['method']>('paper_in_person');
  const [witness, setWitness] = useState('');
  const errors = fieldErrorsOf(sign.error);
  const headingId = `sign-off-${plan.id}`;
  const gaps = [...new Set(plan.signOffGaps.map((g) => g.gap))];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await sign.mutateAsync({
        signedOn,
        method,
        witness: method === 'verbal_with_witness' ? witness.trim() : null,
      });
      notify({ color: 'green', message: t('plans.signOff.done') });
    } catch {
      // Shown in the form.
    }
  };
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={4} size="h5" id={headingId}>
          {t('plans.signOff.title')}
        </Title>
        {plan.signedOn && plan.signMethod ? (
          <Text size="sm">
            {t('plans.signOff.recorded', {
              date: formatDate(plan.signedOn),
              method: t(`plans.signMethods.${plan.signMethod}`),
            })}
          </Text>
        ) : null}
        {gaps.length > 0 ? (
          <div>
            <Text size="sm">{t('plans.signOff.gapsIntro')}</Text>
            <List size="sm">
              {gaps.map((gap) => (
                <List.Item key={gap}>{t(`plans.signOff.gaps.${gap}`)}</List.Item>
              ))}
            </List>
          </div>
        ) : plan.signature !== 'signed' ? (
          <form onSubmit={submit} noValidate aria-labelledby={headingId}>
            <Stack gap="xs">
              {sign.error ? (
                <Alert color="red" role="alert">
                  {errorMessage(sign.error)}
                </Alert>
              ) : null}
              <Group align="flex-end" wrap="wrap" gap="sm">
                <TextInput
                  type="date"
                  label={t('plans.signOff.signedOn')}
                  required
                  value={signedOn}
                  max={todayIso()}
                  error={errors.signedOn}
                  onChange={(e) => setSignedOn(e.currentTarget.value)}
                />
                <NativeSelect
                  label={t('plans.signOff.method')}
                  value={method}
                  onChange={(e) => setMethod(e.currentTarget.value as SignOffBody['method'])}
                  data={signMethods.map((m) => ({ value: m, label: t(`plans.signMethods.${m}`) }))}
                />
                {method === 'verbal_with_witness' ? (
                  <TextInput
                    label={t('plans.signOff.witness')}
                    required
                    value={witness}
                    error={errors.witness}
                    onChange={(e) => setWitness(e.currentTarget.value)}
                  />
                ) : null}
                <Button type="submit" loading={sign.isPending}>
                  {t('plans.signOff.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Paper>
  );
}
