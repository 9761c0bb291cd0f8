import { Anchor, Badge, Button, Grid, Group, Stack, Table, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { mayWriteOffers, type OfferView, useChangeOfferStatus, useOffer } from '../../api/offers.js';
import { useSession } from '../../api/session.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate, formatDateTime, localeTag } from '../../format.js';
import { languageName } from '../../format-names.js';
import { notify } from '../../notify.js';
import { ApplicationsSection } from './ApplicationsSection.js';
import { BestPeopleSection } from './BestPeopleSection.js';
import { OfferFormDialog } from './OfferFormDialog.js';
import { Fact, Section } from './OfferSection.js';
import { formatCents, offerStatusColor } from './offer-format.js';

const route = getRouteApi('/app/offers/$offerId');

/**
 * One job offer: its terms, its occupation named in the reader's language with the national
 * classifications' equivalents (ROME, O*NET-SOC, NOC), what it requires, and the moves of its status.
 * The applications to it and the people of the caseload who fit it are sections of their own.
 */
export function OfferPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { offerId } = route.useParams();
  const offer = useOffer(offerId);
  const data = offer.data;
  const [editing, setEditing] = useState(false);
  const mayWrite = mayWriteOffers(session.role);
  return (
    <>
      <Anchor
        size="sm"
        mb="xs"
        display="inline-block"
        renderRoot={(props) => <Link to="/offers" search={{}} {...props} />}
      >
        {t('offers.page.back')}
      </Anchor>
      <PageTitle
        title={data?.title ?? t('offers.title')}
        intro={
          data ? (
            <Group gap="xs" component="span">
              <Anchor
                renderRoot={(props) => (
                  <Link to="/employers/$employerId" params={{ employerId: data.employer.id }} {...props} />
                )}
              >
                {data.employer.name}
              </Anchor>
              <Badge color={offerStatusColor[data.status]} variant="filled" tt="none" component="span">
                {t(`offers.status.${data.status}`)}
              </Badge>
            </Group>
          ) : undefined
        }
        actions={
          data && mayWrite ? (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('offers.page.edit')}
            </Button>
          ) : null
        }
      />
      <QueryState isPending={offer.isPending} error={offer.error} onRetry={() => offer.refetch()}>
        {data ? (
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <TermsSection offer={data} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="lg">
                <OccupationSection offer={data} />
                <RequirementsSection offer={data} />
                {mayWrite ? <StatusSection offer={data} /> : null}
              </Stack>
            </Grid.Col>
            {data.description ? (
              <Grid.Col span={12}>
                <Section id="offer-description" title={t('offers.page.description')}>
                  <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{data.description}</Text>
                </Section>
              </Grid.Col>
            ) : null}
            {/* Sections of other modules (applications, best people for the offer) go below, one line each. */}
            <Grid.Col span={12}>
              <ApplicationsSection offerId={data.id} />
            </Grid.Col>
            <Grid.Col span={12}>
              <BestPeopleSection offerId={data.id} />
            </Grid.Col>
          </Grid>
        ) : null}
      </QueryState>
      {data ? <OfferFormDialog opened={editing} onClose={() => setEditing(false)} offer={data} /> : null}
    </>
  );
}

function payText(offer: OfferView, t: (key: string, options?: Record<string, unknown>) => string): string {
  const pay = offer.pay;
  if (!pay || (pay.minCents === null && pay.maxCents === null)) return t('offers.page.notGiven');
  const locale = localeTag();
  const min = pay.minCents !== null ? formatCents(pay.minCents, pay.currency, locale) : null;
  const max = pay.maxCents !== null ? formatCents(pay.maxCents, pay.currency, locale) : null;
  const period = t(`offers.payPeriod.${pay.period}`);
  if (min && max && min !== max) return t('offers.page.payRange', { min, max, period });
  if (min) return t('offers.page.payFrom', { min, period });
  return t('offers.page.payUpTo', { max, period });
}

function TermsSection({ offer }: { offer: OfferView }) {
  const { t } = useTranslation();
  const none = t('offers.page.notGiven');
  return (
    <Section id="offer-terms" title={t('offers.page.terms')}>
      <Stack component="dl" gap="xs" m={0}>
        <Fact label={t('offers.page.contract')}>
          {[
            t(`offers.contractType.${offer.contractType}`),
            offer.contractMonths ? t('offers.list.months', { count: offer.contractMonths }) : null,
            t(`offers.workingTime.${offer.workingTime}`),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Fact>
        <Fact label={t('offers.page.hours')}>{offer.hoursPerWeek ?? none}</Fact>
        <Fact label={t('offers.page.pay')}>{payText(offer, t)}</Fact>
        <Fact label={t('offers.page.place')}>
          {[offer.site?.name, offer.place?.name, offer.remote ? t('offers.page.remote') : null]
            .filter(Boolean)
            .join(' · ') || none}
        </Fact>
        <Fact label={t('offers.page.positions')}>{offer.positions}</Fact>
        <Fact label={t('offers.page.startsOn')}>{offer.startsOn ? formatDate(offer.startsOn) : none}</Fact>
        <Fact label={t('offers.page.expiresOn')}>{offer.expiresOn ? formatDate(offer.expiresOn) : none}</Fact>
        <Fact label={t('offers.page.source')}>
          {[t(`offers.source.${offer.source}`), offer.sourceReference].filter(Boolean).join(' · ')}
        </Fact>
      </Stack>
      <Text size="sm" c="dimmed" mt="xs">
        {t('offers.page.created', { date: formatDateTime(offer.createdAt) })}
      </Text>
    </Section>
  );
}

function OccupationSection({ offer }: { offer: OfferView }) {
  const { t } = useTranslation();
  const occupation = offer.occupation;
  return (
    <Section id="offer-occupation" title={t('offers.page.occupation')}>
      {occupation ? (
        <Stack gap="xs">
          <Text fw={600}>
            {occupation.label ?? occupation.escoId}
            {occupation.iscoCode ? (
              <Text span c="dimmed" fw={400} size="sm">
                {' '}
                · {t('offers.page.isco', { code: occupation.iscoCode })}
              </Text>
            ) : null}
          </Text>
          {occupation.equivalents.length === 0 ? (
            <Text size="sm">{t('offers.page.noEquivalents')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={320}>
              <Table striped aria-label={t('offers.page.equivalentsLabel')}>
                <Table.Caption>{t('offers.page.equivalents')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('offers.page.scheme')}</Table.Th>
                    <Table.Th>{t('offers.page.code')}</Table.Th>
                    <Table.Th>{t('offers.page.titleColumn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {occupation.equivalents.map((equivalent) => (
                    <Table.Tr key={`${equivalent.scheme}:${equivalent.code}`}>
                      <Table.Td>{t(`offers.equivalentScheme.${equivalent.scheme}`)}</Table.Td>
                      <Table.Td>{equivalent.code}</Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{equivalent.title ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      ) : (
        <Text size="sm">{t('offers.page.noOccupation')}</Text>
      )}
    </Section>
  );
}

function RequirementsSection({ offer }: { offer: OfferView }) {
  const { t } = useTranslation();
  const none = t('offers.page.none');
  return (
    <Section id="offer-requirements" title={t('offers.page.requirements')}>
      <Stack component="dl" gap="xs" m={0}>
        <Fact label={t('offers.page.language')}>
          {offer.language
            ? t('offers.page.languageLevel', {
                language: languageName(offer.language.language),
                scale: t(`offers.scale.${offer.language.scale}`),
                level: offer.language.level,
              })
            : none}
        </Fact>
        <Fact label={t('offers.page.credentials')}>
          {offer.requiredCredentials.length > 0
            ? offer.requiredCredentials.map((credential) => credential.label).join(' · ')
            : none}
        </Fact>
        <Fact label={t('offers.page.skills')}>
          {offer.skills.length > 0 ? offer.skills.join(' · ') : none}
        </Fact>
      </Stack>
    </Section>
  );
}

const moves = {
  open: ['filled', 'closed'],
  expired: ['filled', 'closed'],
  filled: ['open', 'closed'],
  closed: ['open'],
} as const;

function StatusSection({ offer }: { offer: OfferView }) {
  const { t } = useTranslation();
  const change = useChangeOfferStatus(offer.id);
  return (
    <Section id="offer-status" title={t('offers.page.statusMoves')}>
      <Stack gap="xs">
        <Group gap="xs">
          {moves[offer.status].map((to) => (
            <Button
              key={to}
              variant={to === 'filled' ? 'filled' : 'default'}
              loading={change.isPending && change.variables === to}
              onClick={() =>
                change.mutate(to, {
                  onSuccess: () => notify({ color: 'green', message: t(`offers.page.moved.${to}`) }),
                })
              }
            >
              {t(`offers.page.moveTo.${to}`)}
            </Button>
          ))}
        </Group>
        {change.error ? (
          <Text c="red.9" size="sm" role="alert">
            {errorMessage(change.error)}
          </Text>
        ) : null}
      </Stack>
    </Section>
  );
}
