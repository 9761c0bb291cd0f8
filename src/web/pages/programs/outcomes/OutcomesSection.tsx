import { Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ExitRuleVersion,
  type OutcomesPeriod,
  useProgramOutcomes,
} from '../../../api/outcome-figures.js';
import type { ProgramDetail } from '../../../api/programs.js';
import { QueryState } from '../../../components/QueryState.js';
import { todayInOrganization } from '../../../format.js';
import { isCalendarDay, last12Months } from './figures-format.js';
import { OutcomeFigures } from './OutcomeFigures.js';
import { type OpenedFigure, PeopleDrawer } from './PeopleDrawer.js';
import { type Period, PeriodPicker } from './PeriodPicker.js';

/** The program's outcomes over a period: headline figures, exits, follow-ups, members, time to a job. */
export function OutcomesSection({
  program,
  rules,
}: {
  program: ProgramDetail;
  /** The rule's versions (to name the months after entry a rate is measured at). */
  rules: ExitRuleVersion[];
}) {
  const { t } = useTranslation();
  const today = todayInOrganization();
  const [period, setPeriod] = useState<Period>(() => last12Months(today));
  const [member, setMember] = useState<string | null>(null);
  const [figure, setFigure] = useState<OpenedFigure | null>(null);
  // A period half typed or reversed asks nothing of the server: the field says what is wrong.
  const valid = isCalendarDay(period.from) && isCalendarDay(period.to) && period.from <= period.to;
  const query: OutcomesPeriod = { ...period, ...(member ? { memberOrganizationId: member } : {}) };
  const outcomes = useProgramOutcomes(program.id, query, valid);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="outcomes-title">
      <Title order={2} size="h4" id="outcomes-title">
        {t('outcomeFigures.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('outcomeFigures.intro')}
      </Text>
      <PeriodPicker
        program={program}
        today={today}
        period={period}
        valid={valid}
        onPeriod={setPeriod}
        member={member}
        onMember={setMember}
      />
      <QueryState
        isPending={valid && outcomes.isPending}
        error={outcomes.error}
        onRetry={() => outcomes.refetch()}
        missingRouteText={t('outcomeFigures.notYet')}
      >
        {outcomes.data && valid ? (
          <OutcomeFigures
            outcomes={outcomes.data}
            rules={rules}
            onOpen={outcomes.data.drillDown ? setFigure : undefined}
          />
        ) : null}
      </QueryState>
      {outcomes.data?.drillDown ? (
        <PeopleDrawer programId={program.id} period={query} figure={figure} onClose={() => setFigure(null)} />
      ) : null}
    </Paper>
  );
}
