import { useTranslation } from 'react-i18next';
import type { ProgramOutcomes } from '../../../api/outcome-figures.js';
import { formatNumber } from '../../../format.js';
import { FigureSection, FigureTable } from './FigureSection.js';
import { formatRate } from './figures-format.js';

/** A consortium's program: the exits and positive-exit rate of each member organization. */
export function MemberFigures({ outcomes }: { outcomes: ProgramOutcomes }) {
  const { t } = useTranslation();
  return (
    <FigureSection id="outcomes-members-title" title={t('outcomeFigures.byMember.title')}>
      <FigureTable
        caption={t('outcomeFigures.byMember.caption')}
        columns={[
          t('outcomeFigures.byMember.organization'),
          t('outcomeFigures.byMember.exits'),
          t('outcomeFigures.byMember.positive'),
          t('outcomeFigures.byMember.denominator'),
          t('outcomeFigures.byMember.rate'),
        ]}
        rows={outcomes.byMember.map((row) => ({
          key: row.organizationId,
          name: row.organizationName,
          cells: [
            formatNumber(row.exits),
            formatNumber(row.positive),
            formatNumber(row.denominator),
            formatRate(row.rate) ?? '—',
          ],
        }))}
        minWidth={520}
      />
    </FigureSection>
  );
}
