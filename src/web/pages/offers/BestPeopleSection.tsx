import { Anchor, Badge, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayMatch, useBestPeople } from '../../api/matching.js';
import { useSession } from '../../api/session.js';
import { QueryState } from '../../components/QueryState.js';
import { okGreen } from '../../status-colors.js';
import { MatchReasons, MatchScoreBadge } from '../matching/MatchReasons.js';
import { Section } from './OfferSection.js';

/**
 * The people of the caseload who fit the offer best, each with score and reasons. A person without a
 * consent in force to contact employers is flagged so that nobody sends their file; restricted files
 * never appear (the server leaves them out).
 */
export function BestPeopleSection({ offerId }: { offerId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const [mine, setMine] = useState(false);
  const people = useBestPeople(offerId, mine);
  if (!mayMatch(session.role)) return null;
  const data = people.data;
  return (
    <Section
      id="offer-best-people"
      title={t('matching.bestPeople.title')}
      action={
        <Switch
          label={t('matching.bestPeople.mine')}
          checked={mine}
          onChange={(event) => setMine(event.currentTarget.checked)}
        />
      }
    >
      <Text size="sm" c="dimmed" mb="sm">
        {t('matching.bestPeople.intro')}
      </Text>
      <QueryState isPending={people.isPending} error={people.error} onRetry={() => people.refetch()}>
        {data ? (
          <Stack gap="sm">
            <Text size="sm">{t('matching.bestPeople.considered', { count: data.considered })}</Text>
            {data.items.length === 0 ? <Text>{t('matching.bestPeople.empty')}</Text> : null}
            <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {data.items.map((item) => (
                <Paper component="li" key={item.person.id} withBorder p="sm">
                  <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                    <div style={{ minWidth: 0 }}>
                      <Anchor
                        fw={600}
                        renderRoot={(props) => (
                          <Link to="/people/$personId" params={{ personId: item.person.id }} {...props} />
                        )}
                      >
                        {item.person.givenName} {item.person.familyName}
                      </Anchor>
                      <div>
                        {item.contactingEmployersConsent ? (
                          <Badge size="sm" variant="filled" color={okGreen} tt="none">
                            {t('matching.bestPeople.consent')}
                          </Badge>
                        ) : (
                          <Badge
                            size="sm"
                            variant="filled"
                            color="red.9"
                            tt="none"
                            style={{ whiteSpace: 'normal', height: 'auto' }}
                          >
                            {t('matching.bestPeople.noConsent')}
                          </Badge>
                        )}
                      </div>
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
    </Section>
  );
}
