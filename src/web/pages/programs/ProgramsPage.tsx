import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePrograms } from '../../api/programs.js';
import { useSession } from '../../api/session.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';
import { ConsortiumPanel } from './ConsortiumPanel.js';

export function ProgramsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const programs = usePrograms();
  return (
    <>
      <PageTitle
        title={t('programs.title')}
        intro={t('programs.intro', { organization: session.organization.name })}
      />
      <ConsortiumPanel />
      <QueryState
        isPending={programs.isPending}
        error={programs.error}
        onRetry={() => programs.refetch()}
        missingRouteText={t('programs.unavailable')}
      >
        {programs.data?.length === 0 ? <Text>{t('programs.empty')}</Text> : null}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {(programs.data ?? []).map((program) => (
            <Card key={program.id} withBorder component="article">
              <Title order={2} size="h4" mb="xs">
                <Anchor
                  renderRoot={(props) => (
                    <Link to="/programs/$programId" params={{ programId: program.id }} {...props} />
                  )}
                >
                  {program.name}
                </Anchor>
              </Title>
              <Text size="sm">
                {t(`programStatus.${program.status}`)} · {t(`countingUnit.${program.countingUnit}`)}
                {program.startsOn ? ` · ${formatDate(program.startsOn)} – ${formatDate(program.endsOn)}` : ''}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </QueryState>
    </>
  );
}
