import {
  Anchor,
  Button,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultBusinessSteps } from '../../../modules/relocation-plans/domain/plan-rules.js';
import { businessKinds, type RelocationPlanRead, stepStatuses } from '../../api/relocation-plans.js';
import type { PlanForm } from './plan-form.js';

type Setter = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) => void;

/**
 * The entrepreneurship track: an idea or a takeover, the business plan's steps in order (each to do,
 * in progress or done with its days), the business created with its NEQ, and a way to the referrals
 * to entrepreneurship services.
 */
export function BusinessPanel({
  form,
  set,
  read,
}: {
  form: PlanForm;
  set: Setter;
  read: RelocationPlanRead;
}) {
  const { t } = useTranslation();
  const personId = read.household.members.find((m) => m.relation === 'main')?.personId;
  const setStep = (index: number, change: Partial<PlanForm['businessSteps'][number]>) =>
    set(
      'businessSteps',
      form.businessSteps.map((s, i) => (i === index ? { ...s, ...change } : s)),
    );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="relocation-business">
      <Title order={3} size="h5" id="relocation-business" mb="xs">
        {t('relocationPlans.business.title')}
      </Title>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('relocationPlans.business.kind')}
            value={form.businessKind ?? ''}
            onChange={(e) => set('businessKind', (e.currentTarget.value || null) as PlanForm['businessKind'])}
            data={[
              { value: '', label: t('relocationPlans.business.kindNone') },
              ...businessKinds.map((v) => ({ value: v, label: t(`relocationPlans.business.${v}`) })),
            ]}
          />
          {form.businessKind === 'takeover' ? (
            <TextInput
              label={t('relocationPlans.business.takeoverOf')}
              maxLength={200}
              value={form.businessTakeoverOf ?? ''}
              onChange={(e) => set('businessTakeoverOf', e.currentTarget.value)}
            />
          ) : null}
        </SimpleGrid>
        <Textarea
          label={t('relocationPlans.business.description')}
          maxLength={2000}
          autosize
          minRows={2}
          value={form.businessDescription ?? ''}
          onChange={(e) => set('businessDescription', e.currentTarget.value)}
        />
        {read.plan?.businessPlace ? (
          <Text size="sm">{t('relocationPlans.business.place', { name: read.plan.businessPlace.name })}</Text>
        ) : null}
        <Text size="sm" fw={500}>
          {t('relocationPlans.business.steps')}
        </Text>
        {form.businessSteps.length === 0 ? (
          <div>
            <Button size="xs" variant="light" onClick={() => set('businessSteps', defaultBusinessSteps())}>
              {t('relocationPlans.business.startSteps')}
            </Button>
          </div>
        ) : (
          <Stack gap="xs" component="ol" style={{ paddingInlineStart: 0, listStyle: 'none' }}>
            {form.businessSteps.map((step, index) => (
              <li key={step.kind}>
                <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs">
                  <Text size="sm" fw={500} mt={{ base: 0, sm: 'lg' }}>
                    {index + 1}. {t(`relocationPlans.business.${step.kind}`)}
                  </Text>
                  <NativeSelect
                    label={t('relocationPlans.business.status')}
                    value={step.status}
                    onChange={(e) => {
                      const status = e.currentTarget.value as typeof step.status;
                      setStep(index, { status, doneOn: status === 'done' ? (step.doneOn ?? null) : null });
                    }}
                    data={stepStatuses.map((s) => ({
                      value: s,
                      label:
                        s === 'done'
                          ? t('relocationPlans.predeparture.done')
                          : t(`relocationPlans.business.${s}`),
                    }))}
                  />
                  <TextInput
                    type="date"
                    label={t('relocationPlans.business.startedOn')}
                    value={step.startedOn ?? ''}
                    onChange={(e) => setStep(index, { startedOn: e.currentTarget.value || null })}
                  />
                  {step.status === 'done' ? (
                    <TextInput
                      type="date"
                      label={t('relocationPlans.business.doneOn')}
                      value={step.doneOn ?? ''}
                      onChange={(e) => setStep(index, { doneOn: e.currentTarget.value || null })}
                    />
                  ) : null}
                </SimpleGrid>
              </li>
            ))}
          </Stack>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('relocationPlans.business.createdOn')}
            value={form.businessCreatedOn ?? ''}
            onChange={(e) => set('businessCreatedOn', e.currentTarget.value || null)}
          />
          <TextInput
            label={t('relocationPlans.business.neq')}
            maxLength={20}
            inputMode="numeric"
            value={form.businessNeq ?? ''}
            onChange={(e) => set('businessNeq', e.currentTarget.value)}
          />
        </SimpleGrid>
        {personId ? (
          <Anchor
            size="sm"
            renderRoot={(props) => (
              <Link to="/people/$personId" params={{ personId }} search={{ tab: 'referrals' }} {...props} />
            )}
          >
            {t('relocationPlans.business.referrals')}
          </Anchor>
        ) : null}
      </Stack>
    </Paper>
  );
}
