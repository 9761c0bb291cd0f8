import { NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { intakeSources } from '../../../contracts/programs.js';
import type { EligibilityView } from '../../api/programs.js';
import { EligibilityResult } from '../../components/EligibilityResult.js';
import { bind, type StepProps } from './steps.js';

export interface ProgramChoice {
  id: string;
  name: string;
}

/**
 * The program, how the person was found (required to enrol), and the program's rules evaluated on
 * what was typed — before anything is saved. Not eligible: only a role that may override goes on,
 * with its written justification.
 */
export function ProgramStep(
  props: StepProps & {
    programs: ProgramChoice[];
    check: { data?: EligibilityView; isFetching: boolean; error: unknown };
    canOverride: boolean;
    personName: string;
  },
) {
  const { t } = useTranslation();
  const { draft, programs, check, canOverride, personName } = props;
  const program = programs.find((candidate) => candidate.id === draft.programId);
  const verdict = draft.programId ? check.data?.verdict : undefined;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('intake.programOptional')}</Text>
      <NativeSelect
        label={t('intake.choose')}
        {...bind(props, 'programId')}
        data={[
          { value: '', label: t('intake.noProgram') },
          ...programs.map((candidate) => ({ value: candidate.id, label: candidate.name })),
        ]}
      />
      {draft.programId ? (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('intake.referralSource')}
              description={t('intake.referralRequired')}
              required
              {...bind(props, 'referralSource')}
              data={[
                { value: '', label: '—' },
                ...intakeSources.map((source) => ({ value: source, label: t(`source.${source}`) })),
              ]}
            />
            {draft.referralSource === 'partner_referral' ? (
              <TextInput label={t('intake.partnerName')} {...bind(props, 'partnerName')} />
            ) : null}
          </SimpleGrid>
          <Textarea label={t('intake.sourceNote')} autosize minRows={2} {...bind(props, 'sourceNote')} />
          <EligibilityResult check={check} programName={program?.name ?? ''} personName={personName} />
        </>
      ) : null}
      {verdict && verdict !== 'eligible' && !canOverride ? (
        <Text fw={600} role="status">
          {t('intake.notEligibleNoOverride')}
        </Text>
      ) : null}
      {verdict && verdict !== 'eligible' && canOverride ? (
        <Textarea
          label={t('intake.overrideWithJustification')}
          description={t('intake.justificationHint')}
          required
          autosize
          minRows={3}
          {...bind(props, 'justification')}
        />
      ) : null}
    </Stack>
  );
}
