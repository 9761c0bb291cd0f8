import { Tabs } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type FundDetail, useLoanFund } from '../../api/loan-fund.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ApplicationsTab } from './ApplicationsTab.js';
import { ContributionsTab } from './ContributionsTab.js';
import { DashboardTab } from './DashboardTab.js';
import { type FundTab, fundTabs } from './fund-search.js';
import { LedgerTab } from './LedgerTab.js';
import { LoansListTab } from './LoansListTab.js';
import { PeriodClosing } from './PeriodClosing.js';
import { ProductsTab } from './ProductsTab.js';

export { type FundTab, fundSearch, fundTabs } from './fund-search.js';

const route = getRouteApi('/app/loan-funds/$fundId');

/** The tabs a staff member sees follow what the API says they may do in this fund. */
export function visibleFundTabs(can: FundDetail['can']): FundTab[] {
  const shown: Record<FundTab, boolean> = {
    dashboard: can.figures,
    applications: can.service || can.manage,
    loans: can.service,
    contributions: can.service || can.manage,
    products: true,
    ledger: can.service,
  };
  return fundTabs.filter((tab) => shown[tab]);
}

export function FundPage() {
  const { t } = useTranslation();
  const { fundId } = route.useParams();
  const { tab } = route.useSearch();
  const navigate = route.useNavigate();
  const fund = useLoanFund(fundId);
  const data = fund.data;
  const tabs = data ? visibleFundTabs(data.can) : [];
  const active = tab && tabs.includes(tab) ? tab : tabs[0];

  return (
    <>
      <PageTitle
        title={data?.name ?? t('loanFund.funds.title')}
        intro={
          data
            ? [
                t('loanFund.funds.operatedBy', { name: data.operatorName }),
                data.participatingOrganizations.length > 0
                  ? t('loanFund.fund.participants', {
                      names: data.participatingOrganizations.map((o) => o.name).join(', '),
                    })
                  : null,
                data.description,
              ]
                .filter(Boolean)
                .join(' — ')
            : undefined
        }
      />
      <QueryState
        isPending={fund.isPending}
        error={fund.error}
        onRetry={() => fund.refetch()}
        missingRouteText={t('loanFund.unavailable')}
      >
        {data ? <PeriodClosing fund={data} /> : null}
        {data ? (
          <Tabs
            value={active ?? null}
            onChange={(value) =>
              navigate({ search: { tab: (value as FundTab) ?? undefined }, replace: true })
            }
            keepMounted={false}
          >
            <Tabs.List aria-label={t('loanFund.fund.tabs')} style={{ flexWrap: 'wrap' }}>
              {tabs.map((value) => (
                <Tabs.Tab key={value} value={value}>
                  {t(`loanFund.tab.${value}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {tabs.map((value) => (
              <Tabs.Panel key={value} value={value} pt="md">
                {value === 'dashboard' ? <DashboardTab fund={data} /> : null}
                {value === 'applications' ? <ApplicationsTab fund={data} /> : null}
                {value === 'loans' ? <LoansListTab fund={data} /> : null}
                {value === 'contributions' ? <ContributionsTab fund={data} /> : null}
                {value === 'products' ? <ProductsTab fund={data} /> : null}
                {value === 'ledger' ? <LedgerTab fund={data} /> : null}
              </Tabs.Panel>
            ))}
          </Tabs>
        ) : null}
      </QueryState>
    </>
  );
}
