import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLoanFunds } from '../../api/loan-fund.js';
import { useSession } from '../../api/session.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';

export function FundsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const funds = useLoanFunds();
  return (
    <>
      <PageTitle
        title={t('loanFund.funds.title')}
        intro={t('loanFund.funds.intro', { organization: session.organization.name })}
      />
      <QueryState
        isPending={funds.isPending}
        error={funds.error}
        onRetry={() => funds.refetch()}
        missingRouteText={t('loanFund.unavailable')}
      >
        {funds.data?.length === 0 ? <Text>{t('loanFund.funds.empty')}</Text> : null}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {(funds.data ?? []).map((fund) => (
            <Card key={fund.id} withBorder component="article">
              <Title order={2} size="h4" mb="xs">
                <Anchor
                  renderRoot={(props) => (
                    <Link to="/loan-funds/$fundId" params={{ fundId: fund.id }} search={{}} {...props} />
                  )}
                >
                  {fund.name}
                </Anchor>
              </Title>
              <Text size="sm">{t('loanFund.funds.operatedBy', { name: fund.operatorName })}</Text>
              <Text size="sm">{t('loanFund.funds.currency', { currency: fund.currency })}</Text>
              {fund.can.manage ? (
                <Text size="sm" c="dimmed">
                  {t('loanFund.funds.youManage')}
                </Text>
              ) : null}
            </Card>
          ))}
        </SimpleGrid>
      </QueryState>
    </>
  );
}
