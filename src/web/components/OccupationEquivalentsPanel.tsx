import { Alert, Badge, Loader, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { occupationEquivalentsInRoute } from '../../contracts/reference.js';
import type { OccupationRef } from '../../modules/reference/domain/occupation-titles.js';
import { titleLanguageOf } from '../../modules/reference/domain/occupation-titles.js';
import { ApiError, call } from '../api/client.js';
import { currentLanguage } from '../i18n/index.js';

/**
 * An occupation (a person's former one, of any classification) and its equivalents where the
 * organization works: ROME in France, O*NET-SOC in the United States, NOC 2021 in Canada, with how
 * close each is, whether the job is regulated there when the reference data says so, and the ESCO
 * occupations the translation goes through. Shared skills are not in the data; the panel says so.
 */
export function OccupationEquivalentsPanel({ occupation }: { occupation: OccupationRef }) {
  const { t } = useTranslation();
  const lang = titleLanguageOf(currentLanguage());
  const answer = useQuery({
    queryKey: ['occupation-equivalents', occupation.scheme, occupation.code, lang],
    queryFn: ({ signal }) =>
      call(occupationEquivalentsInRoute, {
        query: { scheme: occupation.scheme, code: occupation.code, lang },
        signal,
      }),
    staleTime: 60 * 60_000,
    retry: false,
  });
  if (answer.isPending) return <Loader size="sm" aria-label={t('occupations.equivalents')} />;
  if (answer.isError)
    return (
      <Alert color="gray">
        {answer.error instanceof ApiError && answer.error.code === 'OCCUPATION_COUNTRY_UNSUPPORTED'
          ? t('occupations.countryUnsupported')
          : answer.error.message}
      </Alert>
    );
  const data = answer.data;
  const regulated = (value: boolean | null) =>
    value === null ? (
      <Tooltip label={t('occupations.regulatedUnknownHint')} multiline w={260}>
        <Text size="sm" c="dimmed" tabIndex={0}>
          {t('occupations.regulatedUnknown')}
        </Text>
      </Tooltip>
    ) : value ? (
      <Badge color="orange" variant="outline">
        {t('occupations.regulatedYes')}
      </Badge>
    ) : (
      <Text size="sm">{t('occupations.regulatedNo')}</Text>
    );
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('occupations.equivalentsTitle', {
          title: data.source.title ?? data.source.code,
          classification: t(`occupations.schemeName.${data.scheme}`),
        })}
      </Title>
      {data.equivalents.length === 0 ? (
        <Text size="sm">{t('occupations.noEquivalent')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('occupations.code')}</Table.Th>
                <Table.Th>{t('occupations.title')}</Table.Th>
                <Table.Th>{t('occupations.relation')}</Table.Th>
                <Table.Th>{t('occupations.regulated')}</Table.Th>
                <Table.Th>{t('occupations.through')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.equivalents.map((equivalent) => (
                <Table.Tr key={equivalent.code}>
                  <Table.Td>
                    <Badge variant="light">{t(`occupations.scheme.${equivalent.scheme}`)}</Badge>{' '}
                    {equivalent.code}
                  </Table.Td>
                  <Table.Td>{equivalent.title ?? '—'}</Table.Td>
                  <Table.Td>{t(`occupations.relationName.${equivalent.relation}`)}</Table.Td>
                  <Table.Td>{regulated(equivalent.regulated)}</Table.Td>
                  <Table.Td>
                    {equivalent.through
                      .map((through) =>
                        [
                          through.title,
                          through.iscoCode ? t('occupations.isco', { code: through.iscoCode }) : null,
                        ]
                          .filter(Boolean)
                          .join(', '),
                      )
                      .join(' ; ') || '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs">{t('occupations.skillsMissing')}</Text>
      <Text size="xs" c="dimmed" lang="en">
        {data.attribution}
      </Text>
    </Stack>
  );
}
