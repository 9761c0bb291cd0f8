import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { mayReadApplications, mayWorkOnApplications, useOfferApplications } from '../../api/applications.js';
import { useSession } from '../../api/session.js';
import { QueryState } from '../../components/QueryState.js';
import { ApplicationCard } from '../applications/ApplicationCard.js';

/**
 * The applications for an offer (offer page): who was proposed, at which step, moved on and commented
 * as on the person's page. A hire is recorded from the person's employment tab, with its contract.
 */
export function ApplicationsSection({ offerId }: { offerId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const role = session.role;
  const applications = useOfferApplications(offerId, mayReadApplications(role));
  if (!mayReadApplications(role)) return null;
  const data = applications.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="offer-applications-title">
      <Title order={2} size="h4" id="offer-applications-title" mb="xs">
        {t('applications.offerTitle')}
      </Title>
      <QueryState
        isPending={applications.isPending}
        error={applications.error}
        onRetry={() => applications.refetch()}
      >
        {data ? (
          <Stack gap="sm">
            {data.items.length === 0 ? <Text>{t('applications.emptyOffer')}</Text> : null}
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {data.items.map((application) => (
                <ApplicationCard
                  key={application.id}
                  application={application}
                  heading={
                    <Anchor
                      fw={600}
                      renderRoot={(props) => (
                        <Link
                          to="/people/$personId"
                          params={{ personId: application.person.id }}
                          {...props}
                        />
                      )}
                    >
                      {application.person.givenName} {application.person.familyName}
                    </Anchor>
                  }
                  mayWork={mayWorkOnApplications(role)}
                />
              ))}
            </Stack>
          </Stack>
        ) : null}
      </QueryState>
    </Paper>
  );
}
