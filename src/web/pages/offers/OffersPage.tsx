import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useEmployers } from '../../api/employers.js';
import {
  contractTypes,
  mayWriteOffers,
  type OfferListItem,
  offerStatuses,
  useOffers,
} from '../../api/offers.js';
import { useSession } from '../../api/session.js';
import { Pager } from '../../components/Pager.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';
import { OfferFormDialog } from './OfferFormDialog.js';
import { offerStatusColor } from './offer-format.js';
import type { offersSearch } from './offers-search.js';

const route = getRouteApi('/app/offers');
const pageSize = 25;

/**
 * The organization's job offers, newest first: found by words of the title, filtered by status,
 * contract, employer and place; a new one recorded from here, or a file of them imported.
 */
export function OffersPage() {
  const { t } = useTranslation();
  const session = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [text, setText] = useState(search.q ?? '');
  const [placeText, setPlaceText] = useState(search.place ?? '');
  const [debouncedText] = useDebouncedValue(text, 300);
  const [debouncedPlace] = useDebouncedValue(placeText, 300);
  const [creating, setCreating] = useState(false);
  const update = (patch: Partial<z.infer<typeof offersSearch>>) =>
    navigate({ search: (previous) => ({ ...previous, ...patch, page: patch.page }), replace: true });

  // biome-ignore lint/correctness/useExhaustiveDependencies: the typed text goes to the URL once it settles
  useEffect(() => {
    if ((search.q ?? '') !== debouncedText.trim()) update({ q: debouncedText.trim() || undefined });
  }, [debouncedText]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above, for the place
  useEffect(() => {
    if ((search.place ?? '') !== debouncedPlace.trim()) update({ place: debouncedPlace.trim() || undefined });
  }, [debouncedPlace]);

  const page = search.page ?? 1;
  const status = (offerStatuses as readonly string[]).includes(search.status ?? '')
    ? (search.status as (typeof offerStatuses)[number])
    : undefined;
  const contractType = (contractTypes as readonly string[]).includes(search.contractType ?? '')
    ? (search.contractType as (typeof contractTypes)[number])
    : undefined;
  const list = useOffers({
    q: search.q,
    status,
    contractType,
    employerId: search.employerId,
    place: search.place,
    page,
    pageSize,
  });
  const employers = useEmployers({ kind: 'all', scope: 'all', page: 1, pageSize: 100 });
  const filtered = Boolean(search.q || status || contractType || search.employerId || search.place);
  const mayWrite = mayWriteOffers(session.role);
  return (
    <>
      <PageTitle
        title={t('offers.title')}
        intro={t('offers.intro', { organization: session.organization.name })}
        actions={
          mayWrite ? (
            <Group gap="xs">
              <Button variant="default" renderRoot={(props) => <Link to="/offers/import" {...props} />}>
                {t('offers.importFile')}
              </Button>
              <Button onClick={() => setCreating(true)}>{t('offers.newOffer')}</Button>
            </Group>
          ) : null
        }
      />
      <Paper
        withBorder
        p="md"
        mb="md"
        component="form"
        role="search"
        aria-label={t('offers.search.label')}
        onSubmit={(event: React.FormEvent) => event.preventDefault()}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} style={{ alignItems: 'end' }}>
          <TextInput
            label={t('offers.search.text')}
            leftSection={<IconSearch size={16} aria-hidden />}
            type="search"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('offers.search.status')}
            value={status ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              update({
                status: (offerStatuses as readonly string[]).includes(value)
                  ? (value as (typeof offerStatuses)[number])
                  : undefined,
              });
            }}
            data={[
              { value: '', label: t('offers.search.anyStatus') },
              ...offerStatuses.map((status) => ({ value: status, label: t(`offers.status.${status}`) })),
            ]}
          />
          <NativeSelect
            label={t('offers.search.contractType')}
            value={contractType ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              update({
                contractType: (contractTypes as readonly string[]).includes(value)
                  ? (value as (typeof contractTypes)[number])
                  : undefined,
              });
            }}
            data={[
              { value: '', label: t('offers.search.anyContract') },
              ...contractTypes.map((type) => ({ value: type, label: t(`offers.contractType.${type}`) })),
            ]}
          />
          <NativeSelect
            label={t('offers.search.employer')}
            value={search.employerId ?? ''}
            onChange={(event) => update({ employerId: event.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('offers.search.anyEmployer') },
              ...(employers.data?.items ?? []).map((employer) => ({
                value: employer.id,
                label: employer.name,
              })),
            ]}
          />
          <TextInput
            label={t('offers.search.place')}
            description={t('offers.search.placeHint')}
            type="search"
            value={placeText}
            onChange={(event) => setPlaceText(event.currentTarget.value)}
          />
        </SimpleGrid>
      </Paper>
      <QueryState
        isPending={list.isPending}
        error={list.error}
        onRetry={() => list.refetch()}
        missingRouteText={t('offers.unavailable')}
      >
        {list.data && list.data.items.length === 0 ? (
          <Text role="status">{filtered ? t('offers.list.noMatch') : t('offers.list.empty')}</Text>
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <>
            <OfferList offers={list.data.items} label={t('offers.list.label')} />
            <Pager
              page={page}
              pageSize={pageSize}
              total={list.data.total}
              onChange={(next) => navigate({ search: (previous) => ({ ...previous, page: next }) })}
            />
          </>
        ) : null}
      </QueryState>
      <OfferFormDialog opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}

/** Offers as a list of cards: the title to open, the employer, the terms, the status. */
export function OfferList({
  offers,
  label,
  withEmployer = true,
}: {
  offers: readonly OfferListItem[];
  label: string;
  withEmployer?: boolean;
}) {
  return (
    <Stack gap="xs" component="ul" aria-label={label} p={0} m={0}>
      {offers.map((offer) => (
        <OfferRow key={offer.id} offer={offer} withEmployer={withEmployer} />
      ))}
    </Stack>
  );
}

function OfferRow({ offer, withEmployer }: { offer: OfferListItem; withEmployer: boolean }) {
  const { t } = useTranslation();
  const terms = [
    t(`offers.contractType.${offer.contractType}`) +
      (offer.contractMonths ? ` · ${t('offers.list.months', { count: offer.contractMonths })}` : ''),
    offer.hoursPerWeek ? t('offers.list.hours', { hours: offer.hoursPerWeek }) : null,
    offer.placeName,
    t('offers.list.positions', { count: offer.positions }),
  ].filter(Boolean);
  const dates = [
    offer.startsOn ? t('offers.list.startsOn', { date: formatDate(offer.startsOn) }) : null,
    offer.expiresOn ? t('offers.list.expiresOn', { date: formatDate(offer.expiresOn) }) : null,
  ].filter(Boolean);
  return (
    <Paper withBorder p="sm" component="li" style={{ listStyle: 'none' }} data-offer={offer.title}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor
            fw={600}
            style={{ overflowWrap: 'anywhere' }}
            renderRoot={(props) => <Link to="/offers/$offerId" params={{ offerId: offer.id }} {...props} />}
          >
            {offer.title}
          </Anchor>
          {withEmployer || offer.occupationLabel ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {[withEmployer ? offer.employer.name : null, offer.occupationLabel].filter(Boolean).join(' · ')}
            </Text>
          ) : null}
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {terms.join(' · ')}
          </Text>
          {dates.length > 0 ? (
            <Text size="sm" c="dimmed">
              {dates.join(' · ')}
            </Text>
          ) : null}
        </Stack>
        <Badge color={offerStatusColor[offer.status]} variant="filled" tt="none">
          {t(`offers.status.${offer.status}`)}
        </Badge>
      </Group>
    </Paper>
  );
}
