import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mayAddExitRuleVersion, useExitRules } from '../../../api/outcome-figures.js';
import type { ProgramDetail } from '../../../api/programs.js';
import { useSession } from '../../../api/session.js';
import { QueryState } from '../../../components/QueryState.js';
import { ExitRulePanel } from './ExitRulePanel.js';
import { OutcomesSection } from './OutcomesSection.js';
import { UnderemploymentSection } from './UnderemploymentSection.js';

/**
 * The program's outcomes (for the roles that see figures, funders included): the dashboard over a
 * period, the positive-exit rule's versions, and the anonymized underemployment statistics.
 */
export function ProgramOutcomes({ program }: { program: ProgramDetail }) {
  const { t } = useTranslation();
  const session = useSession();
  const rules = useExitRules(program.id);
  const canAdd = mayAddExitRuleVersion(session.role) && program.steeredByMe;
  return (
    <Stack gap="lg">
      <OutcomesSection program={program} rules={rules.data ?? []} />
      <QueryState
        isPending={rules.isPending}
        error={rules.error}
        onRetry={() => rules.refetch()}
        missingRouteText={t('outcomeFigures.notYet')}
      >
        <ExitRulePanel programId={program.id} versions={rules.data ?? []} canAdd={canAdd} />
      </QueryState>
      <UnderemploymentSection programId={program.id} />
    </Stack>
  );
}
