import {
  Anchor,
  Button,
  Grid,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  Stack,
  TagsInput,
  Text,
  Title,
} from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contractTypesByCountry } from '../../../../modules/offers/domain/contract-types.js';
import { fieldErrorsOf } from '../../../api/errors.js';
import { type JobWishesBody, useBestOffers, useJobWishes, useSetJobWishes } from '../../../api/matching.js';
import { useSession } from '../../../api/session.js';
import { FormErrorAlert } from '../../../components/FormErrorAlert.js';
import { QueryState } from '../../../components/QueryState.js';
import { notify } from '../../../notify.js';
import { MatchReasons, MatchScoreBadge } from '../../matching/MatchReasons.js';

/**
 * The person's job-search wishes and the open offers that fit them best, each with its score and the
 * reason for each criterion in the reader's language (employment tab).
 */
export function BestOffersSection({ personId }: { personId: string }) {
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <WishesForm personId={personId} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <BestOffers personId={personId} />
      </Grid.Col>
    </Grid>
  );
}

function BestOffers({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const offers = useBestOffers(personId);
  const data = offers.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="best-offers-title">
      <Title order={2} size="h4" id="best-offers-title">
        {t('matching.bestOffers.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('matching.bestOffers.intro')}
      </Text>
      <QueryState isPending={offers.isPending} error={offers.error} onRetry={() => offers.refetch()}>
        {data ? (
          <Stack gap="sm">
            <Text size="sm">
              {data.placeName
                ? t('matching.bestOffers.from', { place: data.placeName, km: data.mobility.km })
                : t('matching.bestOffers.noPlace')}{' '}
              · {t('matching.bestOffers.candidates', { count: data.candidates })}
            </Text>
            {data.items.length === 0 ? <Text>{t('matching.bestOffers.empty')}</Text> : null}
            <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {data.items.map((item) => (
                <Paper component="li" key={item.offer.id} withBorder p="sm">
                  <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                    <div style={{ minWidth: 0 }}>
                      <Anchor
                        fw={600}
                        renderRoot={(props) => (
                          <Link to="/offers/$offerId" params={{ offerId: item.offer.id }} {...props} />
                        )}
                      >
                        {item.offer.title}
                      </Anchor>
                      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {[
                          item.offer.employer.name,
                          item.offer.placeName,
                          t(`offers.contractType.${item.offer.contractType}`, {
                            defaultValue: item.offer.contractType,
                          }),
                          item.offer.occupationLabel,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    </div>
                    <MatchScoreBadge score={item.score} />
                  </Group>
                  <MatchReasons criteria={item.criteria} unknown={item.unknown} />
                </Paper>
              ))}
            </Stack>
          </Stack>
        ) : null}
      </QueryState>
    </Paper>
  );
}

const numberOrNull = (value: string | number) => (value === '' ? null : Number(value));

function WishesForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const wishes = useJobWishes(personId);
  const save = useSetJobWishes(personId);
  const [draft, setDraft] = useState<JobWishesBody | null>(null);
  const current: JobWishesBody | null =
    draft ??
    (wishes.data
      ? {
          mobilityKm: wishes.data.mobilityKm,
          contractTypes: wishes.data.contractTypes as JobWishesBody['contractTypes'],
          workingTime: wishes.data.workingTime,
          minHoursPerWeek: wishes.data.minHoursPerWeek,
          maxHoursPerWeek: wishes.data.maxHoursPerWeek,
          skills: wishes.data.skills,
          credentials: wishes.data.credentials,
        }
      : null);
  const credentialsIn = (status: 'held' | 'in_progress') =>
    (current?.credentials ?? []).filter((c) => c.status === status).map((c) => c.label);
  const changeCredentials = (status: 'held' | 'in_progress', labels: string[]) =>
    change({
      credentials: [
        ...(current?.credentials ?? []).filter((c) => c.status !== status),
        ...labels.map((label) => ({ label, status })),
      ],
    });
  const errors = fieldErrorsOf(save.error);
  const country = session.organization.country as keyof typeof contractTypesByCountry;
  const contracts = (contractTypesByCountry[country] ?? contractTypesByCountry.FR).map((type) => ({
    value: type,
    label: t(`offers.contractType.${type}`),
  }));
  const change = (patch: Partial<JobWishesBody>) => current && setDraft({ ...current, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!current) return;
    save.mutate(current, {
      onSuccess: () => {
        setDraft(null);
        notify({ color: 'green', message: t('matching.wishes.saved') });
      },
    });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="job-wishes-title">
      <Title order={2} size="h4" id="job-wishes-title" mb="sm">
        {t('matching.wishes.title')}
      </Title>
      <QueryState isPending={wishes.isPending} error={wishes.error} onRetry={() => wishes.refetch()}>
        {current ? (
          <form onSubmit={submit}>
            <Stack gap="sm">
              <FormErrorAlert error={save.error} />
              <NumberInput
                label={t('matching.wishes.mobility')}
                min={0}
                max={500}
                allowDecimal={false}
                value={current.mobilityKm ?? ''}
                onChange={(value) => change({ mobilityKm: numberOrNull(value) })}
                error={errors.mobilityKm}
              />
              <MultiSelect
                label={t('matching.wishes.contracts')}
                data={contracts}
                value={[...(current.contractTypes ?? [])]}
                onChange={(value) => change({ contractTypes: value as JobWishesBody['contractTypes'] })}
                error={errors.contractTypes}
              />
              <Select
                label={t('matching.wishes.workingTime')}
                data={[
                  { value: '', label: t('matching.wishes.any') },
                  { value: 'full_time', label: t('offers.workingTime.full_time') },
                  { value: 'part_time', label: t('offers.workingTime.part_time') },
                ]}
                value={current.workingTime ?? ''}
                onChange={(value) =>
                  change({ workingTime: value ? (value as 'full_time' | 'part_time') : null })
                }
                allowDeselect={false}
                error={errors.workingTime}
              />
              <Group grow gap="xs" align="flex-start">
                <NumberInput
                  label={t('matching.wishes.minHours')}
                  min={1}
                  max={60}
                  value={current.minHoursPerWeek ?? ''}
                  onChange={(value) => change({ minHoursPerWeek: numberOrNull(value) })}
                  error={errors.minHoursPerWeek}
                />
                <NumberInput
                  label={t('matching.wishes.maxHours')}
                  min={1}
                  max={60}
                  value={current.maxHoursPerWeek ?? ''}
                  onChange={(value) => change({ maxHoursPerWeek: numberOrNull(value) })}
                  error={errors.maxHoursPerWeek}
                />
              </Group>
              <TagsInput
                label={t('matching.wishes.skills')}
                description={t('matching.wishes.tagsHint')}
                value={current.skills ?? []}
                onChange={(skills) => change({ skills })}
                maxTags={30}
                error={errors.skills}
              />
              <TagsInput
                label={t('matching.wishes.credentialsHeld')}
                description={t('matching.wishes.tagsHint')}
                value={credentialsIn('held')}
                onChange={(labels) => changeCredentials('held', labels)}
                error={errors.credentials}
              />
              <TagsInput
                label={t('matching.wishes.credentialsInProgress')}
                description={t('matching.wishes.tagsHint')}
                value={credentialsIn('in_progress')}
                onChange={(labels) => changeCredentials('in_progress', labels)}
              />
              <Button type="submit" loading={save.isPending} disabled={!draft}>
                {t('matching.wishes.save')}
              </Button>
            </Stack>
          </form>
        ) : null}
      </QueryState>
    </Paper>
  );
}
