import { Anchor, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PathwaySummaryView, useOccupationEquivalents, usePathways } from '../../api/recognition.js';
import { type OccupationChoice, OccupationPicker } from '../../components/OccupationPicker.js';
import { QueryState } from '../../components/QueryState.js';
import { matchesOccupation, searchedOccupationKeys } from './recognition-format.js';
import { PathwayBadges, useRecognitionFormat } from './ui.js';

type Regulation = '' | 'regulated' | 'unregulated';

/** Lower case without accents, to find typed words in titles whatever their accents. */
const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * The catalogue searched by occupation (an ESCO occupation found in any of its languages, matched with
 * its ROME, O*NET-SOC and NOC codes; or the typed words in the titles), jurisdiction and regulation.
 * The catalogue is a working group's, small: it is read whole and filtered here.
 */
export function PathwayFinder({
  personLanguages = [],
  action,
  headingLevel = 2,
}: {
  personLanguages?: readonly string[];
  /** What each found pathway offers beside its link (opening a case on it). */
  action?: (pathway: PathwaySummaryView) => ReactNode;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t, i18n } = useTranslation();
  const format = useRecognitionFormat();
  const [occupation, setOccupation] = useState<OccupationChoice | undefined>();
  const [jurisdiction, setJurisdiction] = useState('');
  const [regulation, setRegulation] = useState<Regulation>('');
  const pathways = usePathways({});
  const lang = (i18n.resolvedLanguage ?? i18n.language).startsWith('en') ? 'en' : 'fr';
  const equivalents = useOccupationEquivalents(occupation?.escoId ?? null, lang);
  const all = pathways.data?.items ?? [];
  const jurisdictions = [...new Set(all.map((p) => p.jurisdiction))].sort((a, b) =>
    format.jurisdiction(a).localeCompare(format.jurisdiction(b), format.locale),
  );
  const searchedKeys = occupation?.escoId
    ? searchedOccupationKeys(occupation.escoId, equivalents.data?.equivalents ?? [])
    : null;
  const typed = occupation && !occupation.escoId ? folded(occupation.text.trim()) : '';
  const found = all.filter(
    (p) =>
      (!jurisdiction || p.jurisdiction === jurisdiction) &&
      (regulation === '' || p.regulated === (regulation === 'regulated')) &&
      (searchedKeys
        ? matchesOccupation(p.occupation, searchedKeys)
        : typed.length < 2 ||
          folded(`${format.occupation(p.occupation)} ${p.routeName ?? ''}`).includes(typed)),
  );
  const waitingForCodes = Boolean(occupation?.escoId) && equivalents.isPending;

  return (
    <Stack gap="md">
      <Paper
        withBorder
        p="md"
        component="form"
        role="search"
        aria-label={t('recognition.catalogue.searchLabel')}
        onSubmit={(event: React.FormEvent) => event.preventDefault()}
      >
        <SimpleGrid cols={{ base: 1, md: 3 }} style={{ alignItems: 'start' }}>
          <OccupationPicker
            label={t('recognition.catalogue.occupation')}
            value={occupation}
            onChange={setOccupation}
            personLanguages={personLanguages}
          />
          <NativeSelect
            label={t('recognition.catalogue.jurisdiction')}
            value={jurisdiction}
            onChange={(event) => setJurisdiction(event.currentTarget.value)}
            data={[
              { value: '', label: t('recognition.catalogue.anyJurisdiction') },
              ...jurisdictions.map((code) => ({ value: code, label: format.jurisdiction(code) })),
            ]}
          />
          <NativeSelect
            label={t('recognition.catalogue.regulated')}
            value={regulation}
            onChange={(event) => setRegulation(event.currentTarget.value as Regulation)}
            data={[
              { value: '', label: t('recognition.catalogue.anyRegulation') },
              { value: 'regulated', label: t('recognition.catalogue.onlyRegulated') },
              { value: 'unregulated', label: t('recognition.catalogue.onlyUnregulated') },
            ]}
          />
        </SimpleGrid>
      </Paper>
      <QueryState
        isPending={pathways.isPending || waitingForCodes}
        error={pathways.error ?? equivalents.error}
        onRetry={() => pathways.refetch()}
        missingRouteText={t('recognition.unavailable')}
      >
        {all.length === 0 ? (
          <Text role="status">{t('recognition.catalogue.empty')}</Text>
        ) : found.length === 0 ? (
          <Text role="status">{t('recognition.catalogue.noMatch')}</Text>
        ) : (
          <Stack gap="sm">
            <Text role="status" size="sm">
              {t('recognition.catalogue.count', { count: found.length })}
            </Text>
            <Stack gap="sm" component="ul" aria-label={t('recognition.catalogue.listLabel')} p={0} m={0}>
              {found.map((pathway) => (
                <PathwayCard key={pathway.id} pathway={pathway} headingLevel={headingLevel} action={action} />
              ))}
            </Stack>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function PathwayCard({
  pathway,
  headingLevel,
  action,
}: {
  pathway: PathwaySummaryView;
  headingLevel: 2 | 3 | 4;
  action: ((pathway: PathwaySummaryView) => ReactNode) | undefined;
}) {
  const { t } = useTranslation();
  const format = useRecognitionFormat();
  const steps = pathway.current.steps;
  const currency = steps[0]?.currency;
  return (
    <Paper withBorder p="md" component="li" style={{ listStyle: 'none' }}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={headingLevel} size="h5">
            <Anchor
              renderRoot={(props) => (
                <Link to="/recognition/pathways/$pathwayId" params={{ pathwayId: pathway.id }} {...props} />
              )}
            >
              {format.occupation(pathway.occupation)} — {format.jurisdiction(pathway.jurisdiction)}
            </Anchor>
          </Title>
          <PathwayBadges
            regulated={pathway.regulated}
            illustrative={pathway.illustrative}
            retired={pathway.retired}
          />
        </Group>
        {pathway.routeName ? <Text size="sm">{pathway.routeName}</Text> : null}
        <Text size="sm">
          {[
            pathway.regulatorName,
            t('recognition.catalogue.steps', { count: steps.length }),
            currency
              ? t('recognition.catalogue.typicalTotal', {
                  cost: format.money(pathway.current.typicalCostCents, currency),
                  duration: format.duration(pathway.current.typicalDurationDays),
                })
              : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {pathway.own ? null : (
          <Text size="xs">
            {t('recognition.catalogue.keptBy', { organization: pathway.organizationName })}
          </Text>
        )}
        {action ? <div>{action(pathway)}</div> : null}
      </Stack>
    </Paper>
  );
}
