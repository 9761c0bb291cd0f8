import { Alert, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors.js';
import type { EligibilityView } from '../api/programs.js';
import { EligibilityChecklist } from './EligibilityChecklist.js';

/**
 * The verdict of a dry run with every rule explained, as the enrolment would decide; or, when the
 * person already has an enrolment in the program that has not ended, that — never a green "eligible".
 */
export function EligibilityResult({
  check,
  programName,
  personName,
}: {
  check: { data?: EligibilityView; isFetching: boolean; error: unknown };
  programName: string;
  personName: string;
}) {
  const { t } = useTranslation();
  const data = check.data;
  return (
    <section aria-live="polite" aria-busy={check.isFetching} aria-label={t('eligibility.rules')}>
      {check.isFetching && !data ? <Text>{t('eligibility.checking')}</Text> : null}
      {check.error ? (
        <Alert color="red" role="alert">
          {errorMessage(check.error)}
        </Alert>
      ) : null}
      {data?.alreadyEnrolled ? (
        <Alert color="blue" title={t('intake.alreadyEnrolled')} data-verdict="already_enrolled">
          {t('intake.alreadyEnrolledNote', { name: personName, program: programName })}
        </Alert>
      ) : null}
      {data && !data.alreadyEnrolled ? (
        <Paper
          withBorder
          p="md"
          data-verdict={data.verdict}
          style={{
            borderColor: `var(--mantine-color-${data.verdict === 'eligible' ? 'green' : 'red'}-8)`,
            borderWidth: 2,
          }}
        >
          <Title order={3} size="h4" mb="xs">
            {t(`eligibility.verdict.${data.verdict}`)}
          </Title>
          <Text size="sm" mb="xs">
            {data.verdict === 'eligible'
              ? t('intake.eligibleIntro', { name: personName, program: programName })
              : t('intake.refusedIntro', { program: programName })}
          </Text>
          {data.results.length === 0 ? (
            <Text size="sm">{t('eligibility.noRules')}</Text>
          ) : (
            <EligibilityChecklist results={data.results} />
          )}
        </Paper>
      ) : null}
    </section>
  );
}
