import { List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { myOrganizationRoute } from '../../../contracts/organizations.js';
import { call } from '../../api/client.js';
import { useSession } from '../../api/session.js';

/**
 * The consortium view a coordinator lands on: the consortia the organization belongs to, who
 * coordinates each and its member organizations, above the programs they run together.
 */
export function ConsortiumPanel() {
  const { t } = useTranslation();
  const session = useSession();
  const organization = useQuery({
    queryKey: ['organization', session.organization.id],
    queryFn: ({ signal }) => call(myOrganizationRoute, { signal }),
    meta: { inlineErrors: true },
  });
  const consortia = organization.data?.consortia ?? [];
  if (consortia.length === 0) return null;
  return (
    <section aria-labelledby="consortia-title">
      <Title order={2} size="h4" id="consortia-title" mb="xs">
        {t('home.consortia')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} mb="lg">
        {consortia.map((consortium) => {
          const coordinator = consortium.members.find((m) => m.id === consortium.coordinatingOrganizationId);
          return (
            <Paper key={consortium.id} withBorder p="md" component="article">
              <Title order={3} size="h5" mb="xs">
                {t('home.consortium', { name: consortium.name })}
              </Title>
              <Text size="sm">
                {consortium.coordinatingOrganizationId === session.organization.id
                  ? t('home.youCoordinate')
                  : t('home.coordinatedBy', { name: coordinator?.name ?? '' })}{' '}
                {t('home.members', { count: consortium.members.length })}
              </Text>
              <List size="sm" mt="xs">
                {consortium.members.map((member) => (
                  <List.Item key={member.id}>{member.name}</List.Item>
                ))}
              </List>
            </Paper>
          );
        })}
      </SimpleGrid>
    </section>
  );
}
