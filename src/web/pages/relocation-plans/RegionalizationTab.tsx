import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quebecRegions } from '../../../modules/relocation-plans/domain/vocabulary.js';
import { errorMessage } from '../../api/errors.js';
import {
  healthNeeds,
  housingTenures,
  lifeSettings,
  type RelocationPlanRead,
  relocationTracks,
  useRelocationPlan,
  useSaveRelocationPlan,
} from '../../api/relocation-plans.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDateTime } from '../../format.js';
import { notify } from '../../notify.js';
import { BusinessPanel } from './BusinessPanel.js';
import { PredeparturePanel } from './PredeparturePanel.js';
import { bodyOf, formOf, type PlanForm } from './plan-form.js';
import { RelocationOffers, RelocationRevisions } from './RelocationOffers.js';

export const regionOptions = quebecRegions.map((r) => ({ value: r.code, label: `${r.code} — ${r.name}` }));

/**
 * The "Regionalization" section of a person's file: the household's plan (the community sought,
 * studies, the track), the pre-departure of a person still abroad, the entrepreneurship track, the
 * open offers in the preferred regions and the plan's history. Saved whole.
 */
export function RegionalizationTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const plan = useRelocationPlan(personId);
  return (
    <QueryState isPending={plan.isPending} error={plan.error} onRetry={() => plan.refetch()}>
      {plan.data ? <PlanEditor personId={personId} read={plan.data} /> : null}
      <Text size="sm" c="dimmed" mt="xs">
        {t('relocationPlans.intro')}
      </Text>
    </QueryState>
  );
}

function PlanEditor({ personId, read }: { personId: string; read: RelocationPlanRead }) {
  const { t } = useTranslation();
  const save = useSaveRelocationPlan(personId);
  const [form, setForm] = useState<PlanForm>(() => formOf(read.plan));
  useEffect(() => setForm(formOf(read.plan)), [read.plan]);
  const set = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const main = read.household.mainContact;
  if (!read.holdsHouseholdPlan && main)
    return (
      <Alert color="blue" title={t('relocationPlans.title')}>
        <Stack gap="xs">
          <Text size="sm">
            {t('relocationPlans.notMainContact', { name: `${main.givenName} ${main.familyName}` })}
          </Text>
          <Anchor
            size="sm"
            renderRoot={(props) => (
              <Link
                to="/people/$personId"
                params={{ personId: main.personId }}
                search={{ tab: 'regionalization' }}
                {...props}
              />
            )}
          >
            {t('relocationPlans.openMainContact', { name: `${main.givenName} ${main.familyName}` })}
          </Anchor>
        </Stack>
      </Alert>
    );
  const others = read.household.members.filter((m) => m.personId !== personId);
  const submit = async () => {
    await save.mutateAsync(bodyOf(form));
    notify({ color: 'green', message: t('relocationPlans.saved') });
  };
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4">
          {t('relocationPlans.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {read.plan
            ? t('relocationPlans.revision', {
                revision: read.plan.revision,
                name: read.plan.updatedByName,
                date: formatDateTime(read.plan.updatedAt),
              })
            : t('relocationPlans.noPlan')}
        </Text>
      </Group>

      <Paper withBorder p="md" component="section" aria-labelledby="relocation-household">
        <Title order={3} size="h5" id="relocation-household" mb="xs">
          {t('relocationPlans.household.title')}
        </Title>
        {read.household.householdId === null ? (
          <Text size="sm">{t('relocationPlans.household.none')}</Text>
        ) : null}
        <Stack gap={4}>
          {read.household.members.map((m) => (
            <Text size="sm" key={m.personId}>
              {t('relocationPlans.household.member', {
                name: `${m.givenName} ${m.familyName}`,
                relation:
                  m.relation === 'main' ? t('relocationPlans.household.main') : t(`relation.${m.relation}`),
              })}
              {' · '}
              {m.age === null
                ? t('relocationPlans.household.ageUnknown')
                : t('relocationPlans.household.age', { count: m.age })}
            </Text>
          ))}
          {read.household.dependants.map((d) => (
            <Text size="sm" key={`${d.relation}-${d.givenName ?? ''}-${d.age ?? ''}`}>
              {d.givenName ??
                t('relocationPlans.household.dependant', { relation: t(`relation.${d.relation}`) })}
              {' · '}
              {d.age === null
                ? t('relocationPlans.household.ageUnknown')
                : t('relocationPlans.household.age', { count: d.age })}
            </Text>
          ))}
        </Stack>
        {others.length > 0 ? (
          <Checkbox.Group
            mt="sm"
            label={t('relocationPlans.household.moving')}
            value={form.movingMemberIds}
            onChange={(value) => set('movingMemberIds', value)}
          >
            <Stack gap={4} mt={4}>
              {others.map((m) => (
                <Checkbox key={m.personId} value={m.personId} label={`${m.givenName} ${m.familyName}`} />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : null}
      </Paper>

      <Radio.Group
        label={t('relocationPlans.track.label')}
        value={form.track}
        onChange={(value) => set('track', value as PlanForm['track'])}
      >
        <Group mt={4} wrap="wrap">
          {relocationTracks.map((track) => (
            <Radio key={track} value={track} label={t(`relocationPlans.track.${track}`)} />
          ))}
        </Group>
      </Radio.Group>

      <Paper withBorder p="md" component="section" aria-labelledby="relocation-community">
        <Title order={3} size="h5" id="relocation-community" mb="xs">
          {t('relocationPlans.community.title')}
        </Title>
        <Stack gap="sm">
          <MultiSelect
            label={t('relocationPlans.community.regions')}
            description={t('relocationPlans.community.regionsHint')}
            data={regionOptions}
            maxValues={5}
            value={form.regions.map((r) => r.code)}
            onChange={(codes) =>
              set(
                'regions',
                codes.map((code) => ({ country: 'CA' as const, code })),
              )
            }
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('relocationPlans.community.tenure')}
              value={form.housingTenure ?? ''}
              onChange={(e) =>
                set('housingTenure', (e.currentTarget.value || null) as PlanForm['housingTenure'])
              }
              data={[
                { value: '', label: t('relocationPlans.community.tenureNone') },
                ...housingTenures.map((v) => ({ value: v, label: t(`relocationPlans.community.${v}`) })),
              ]}
            />
            <NumberInput
              label={t('relocationPlans.community.rooms')}
              min={1}
              max={20}
              allowDecimal={false}
              value={form.housingRooms ?? ''}
              onChange={(v) => set('housingRooms', typeof v === 'number' ? v : null)}
            />
            <NumberInput
              label={t('relocationPlans.community.budgetMin')}
              min={0}
              decimalScale={2}
              value={form.budgetMin}
              onChange={(v) => set('budgetMin', typeof v === 'number' ? v : '')}
            />
            <NumberInput
              label={t('relocationPlans.community.budgetMax')}
              min={0}
              decimalScale={2}
              value={form.budgetMax}
              onChange={(v) => set('budgetMax', typeof v === 'number' ? v : '')}
            />
          </SimpleGrid>
          <Checkbox
            label={t('relocationPlans.community.schools')}
            checked={form.schoolsNeeded}
            onChange={(e) => set('schoolsNeeded', e.currentTarget.checked)}
          />
          <Checkbox
            label={t('relocationPlans.community.childcare')}
            checked={form.childcareNeeded}
            onChange={(e) => set('childcareNeeded', e.currentTarget.checked)}
          />
          <Checkbox.Group
            label={t('relocationPlans.community.health')}
            value={form.healthNeeds}
            onChange={(value) => {
              // "None" stands alone: choosing it clears the needs, choosing a need clears it.
              const added = value.find((v) => !form.healthNeeds.includes(v as never));
              set(
                'healthNeeds',
                (added === 'none' ? ['none'] : value.filter((v) => v !== 'none')) as PlanForm['healthNeeds'],
              );
            }}
          >
            <Group mt={4} wrap="wrap">
              {healthNeeds.map((need) => (
                <Checkbox key={need} value={need} label={t(`relocationPlans.community.${need}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Textarea
            label={t('relocationPlans.community.healthNote')}
            maxLength={1000}
            autosize
            minRows={2}
            value={form.healthNote ?? ''}
            onChange={(e) => set('healthNote', e.currentTarget.value)}
          />
          <Checkbox.Group
            label={t('relocationPlans.community.settings')}
            value={form.lifeSettings}
            onChange={(value) => set('lifeSettings', value as PlanForm['lifeSettings'])}
          >
            <Group mt={4} wrap="wrap">
              {lifeSettings.map((setting) => (
                <Checkbox key={setting} value={setting} label={t(`relocationPlans.community.${setting}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('relocationPlans.community.spouseOccupation')}
              maxLength={200}
              value={form.spouseOccupation ?? ''}
              onChange={(e) => set('spouseOccupation', e.currentTarget.value)}
            />
            <Checkbox
              mt={{ base: 0, sm: 'xl' }}
              label={t('relocationPlans.community.spouseSeeksWork')}
              checked={form.spouseSeeksWork ?? false}
              onChange={(e) => set('spouseSeeksWork', e.currentTarget.checked)}
            />
          </SimpleGrid>
        </Stack>
      </Paper>

      {form.track === 'studies' ? (
        <Paper withBorder p="md" component="section" aria-labelledby="relocation-studies">
          <Title order={3} size="h5" id="relocation-studies" mb="xs">
            {t('relocationPlans.studies.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('relocationPlans.studies.program')}
              maxLength={200}
              value={form.studiesProgram ?? ''}
              onChange={(e) => set('studiesProgram', e.currentTarget.value)}
            />
            <TextInput
              label={t('relocationPlans.studies.institution')}
              maxLength={200}
              value={form.studiesInstitution ?? ''}
              onChange={(e) => set('studiesInstitution', e.currentTarget.value)}
            />
            <NativeSelect
              label={t('relocationPlans.studies.region')}
              value={form.studiesRegionCode ?? ''}
              onChange={(e) => set('studiesRegionCode', e.currentTarget.value || null)}
              data={[{ value: '', label: t('relocationPlans.regionNone') }, ...regionOptions]}
            />
          </SimpleGrid>
        </Paper>
      ) : null}

      <PredeparturePanel personId={personId} form={form} set={set} read={read} />
      {form.track === 'entrepreneurship' ? <BusinessPanel form={form} set={set} read={read} /> : null}

      {save.error ? (
        <Alert color="red" role="alert">
          {errorMessage(save.error)}
        </Alert>
      ) : null}
      <Group>
        <Button onClick={submit} loading={save.isPending}>
          {t('relocationPlans.save')}
        </Button>
      </Group>

      {read.plan ? <RelocationOffers personId={personId} /> : null}
      {read.plan ? <RelocationRevisions personId={personId} /> : null}
    </Stack>
  );
}
