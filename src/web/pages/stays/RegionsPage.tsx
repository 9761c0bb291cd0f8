import { Anchor, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type RegionCountry, regionCountries, useRegion, useRegions } from '../../api/regions.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate, formatDateTime, formatNumber } from '../../format.js';
import { HostedStaysSection } from './HostedStaysSection.js';

const regionRoute = getRouteApi('/app/regions/$country/$code');

/** The regions of Québec and the regional partners covering each for the reader's consortia (read only). */
export function RegionsPage() {
  const { t } = useTranslation();
  const regions = useRegions();
  const items = regions.data?.items ?? [];
  return (
    <Stack gap="md">
      <PageTitle title={t('stays.regions.title')} />
      <Text>{t('stays.regions.intro')}</Text>
      <QueryState isPending={regions.isPending} error={regions.error} onRetry={() => regions.refetch()}>
        <ScrollTable label={t('stays.regions.title')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('stays.regions.code')}</Table.Th>
                <Table.Th scope="col">{t('stays.regions.region')}</Table.Th>
                <Table.Th scope="col">{t('stays.regions.partners')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((region) => (
                <Table.Tr key={`${region.country}:${region.code}`}>
                  <Table.Td>{region.code}</Table.Td>
                  <Table.Th scope="row">
                    <Anchor
                      renderRoot={(props) => (
                        <Link
                          to="/regions/$country/$code"
                          params={{ country: region.country, code: region.code }}
                          {...props}
                        />
                      )}
                    >
                      {region.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    {region.partners.length > 0
                      ? region.partners.map((p) => p.name).join(', ')
                      : t('stays.regions.noPartner')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </QueryState>
      <HostedStaysSection />
    </Stack>
  );
}

/** One region: its partners, their coming Info-Emploi presentations, employers and open offers there. */
export function RegionPage() {
  const { t } = useTranslation();
  const { country, code } = regionRoute.useParams();
  const known = (regionCountries as readonly string[]).includes(country);
  const region = useRegion((known ? country : 'CA') as RegionCountry, code);
  const data = region.data;
  return (
    <Stack gap="md">
      <PageTitle title={data?.name ?? t('stays.regions.title')} />
      <Anchor renderRoot={(props) => <Link to="/regions" {...props} />}>{t('stays.regions.back')}</Anchor>
      <QueryState isPending={region.isPending} error={region.error} onRetry={() => region.refetch()}>
        {data ? (
          <>
            <Text>
              {t('stays.regions.staysCount', {
                planned: formatNumber(data.stays.planned),
                done: formatNumber(data.stays.done),
              })}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <RegionList
                id="region-partners"
                title={t('stays.regions.partners')}
                empty={t('stays.regions.noPartner')}
                items={data.partners.map((p) => ({ key: p.id, text: p.name }))}
              />
              <RegionList
                id="region-sessions"
                title={t('stays.regions.sessions')}
                empty={t('stays.regions.noSession')}
                items={data.infoSessions.map((s) => ({
                  key: s.id,
                  text: [s.title, s.organization.name, s.presenter, formatDateTime(s.nextStartsAt)]
                    .filter(Boolean)
                    .join(' · '),
                }))}
              />
              <RegionList
                id="region-employers"
                title={t('stays.regions.employers')}
                empty={t('stays.regions.noEmployer')}
                items={data.employers.map((e) => ({
                  key: e.id,
                  text: e.towns.length > 0 ? `${e.name} (${e.towns.join(', ')})` : e.name,
                }))}
              />
              <RegionList
                id="region-offers"
                title={t('stays.regions.offers')}
                empty={t('stays.regions.noOffer')}
                items={data.offers.map((o) => ({
                  key: o.id,
                  text: [
                    o.title,
                    o.placeName,
                    o.expiresOn ? t('stays.regions.expires', { date: formatDate(o.expiresOn) }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · '),
                }))}
              />
            </SimpleGrid>
          </>
        ) : null}
      </QueryState>
    </Stack>
  );
}

function RegionList({
  id,
  title,
  empty,
  items,
}: {
  id: string;
  title: string;
  empty: string;
  items: { key: string; text: string }[];
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="xs">
        <Title order={2} size="h5" id={id}>
          {title}
        </Title>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {items.map((item) => (
              <List.Item key={item.key}>{item.text}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
