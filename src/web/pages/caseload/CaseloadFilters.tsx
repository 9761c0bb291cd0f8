import { Button, NativeSelect, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enrolmentStatuses } from '../../../contracts/programs.js';
import { statusesOfCountry } from '../../../modules/people/domain/immigration-status.js';
import { alertFilters, caseloadSorts, useStaffOptions } from '../../api/people.js';
import { usePrograms } from '../../api/programs.js';
import { useSession } from '../../api/session.js';

export interface CaseloadFilterValues {
  programId?: string;
  status?: string;
  /** 'me', 'all' or a colleague's id. */
  referent: string;
  immigrationStatus?: string;
  alerts?: string;
  sort?: string;
}

/** The caseload's search box and filters; each change goes to the URL, so a filtered list can be shared. */
export function CaseloadFilters({
  text,
  onText,
  values,
  seesStatuses,
  defaultSort,
  withSignals,
  onChange,
}: {
  text: string;
  onText: (text: string) => void;
  values: CaseloadFilterValues;
  seesStatuses: boolean;
  defaultSort: string;
  withSignals: boolean;
  onChange: (patch: Partial<CaseloadFilterValues>) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const programs = usePrograms();
  const staff = useStaffOptions();
  // On a phone the list comes first: the less used filters wait behind a button.
  const narrow = useMediaQuery('(max-width: 40em)');
  const [more, setMore] = useState(false);
  const secondary = !narrow || more || Boolean(values.programId || values.status || values.immigrationStatus);
  return (
    <Paper
      withBorder
      p="md"
      mb="md"
      component="form"
      role="search"
      aria-label={t('caseload.filters')}
      onSubmit={(event: React.FormEvent) => event.preventDefault()}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: seesStatuses ? 4 : 3 }} style={{ alignItems: 'end' }}>
        <TextInput
          label={t('caseload.search')}
          description={t('caseload.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          type="search"
          onChange={(event) => onText(event.currentTarget.value)}
        />
        {withSignals ? (
          <NativeSelect
            label={t('caseload.alertsFilter')}
            value={values.alerts ?? ''}
            onChange={(event) => onChange({ alerts: event.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('caseload.alertsEveryone') },
              ...alertFilters.map((alert) => ({
                value: alert,
                label: alert === 'any' ? t('caseload.alertsAny') : t(`caseload.alertFilter.${alert}`),
              })),
            ]}
          />
        ) : null}
        <NativeSelect
          label={t('caseload.referent')}
          value={values.referent}
          onChange={(event) => onChange({ referent: event.currentTarget.value })}
          data={[
            { value: 'all', label: t('caseload.anyReferent') },
            { value: 'me', label: t('caseload.mine') },
            ...(staff.data ?? [])
              .filter((member) => member.userId !== session.user.id)
              .map((member) => ({ value: member.userId, label: member.displayName })),
          ]}
        />
        <NativeSelect
          label={t('caseload.sort')}
          value={values.sort ?? defaultSort}
          onChange={(event) => onChange({ sort: event.currentTarget.value })}
          data={caseloadSorts
            .filter((sort) => withSignals || (sort !== 'urgency' && sort !== 'nextAction'))
            .map((sort) => ({ value: sort, label: t(`caseloadSort.${sort}`) }))}
        />
        {narrow ? (
          <Button variant="subtle" aria-expanded={secondary} onClick={() => setMore(!more)}>
            {secondary ? t('caseload.fewerFilters') : t('caseload.moreFilters')}
          </Button>
        ) : null}
        {secondary ? (
          <>
            <NativeSelect
              label={t('caseload.program')}
              value={values.programId ?? ''}
              onChange={(event) => onChange({ programId: event.currentTarget.value || undefined })}
              data={[
                { value: '', label: t('caseload.allPrograms') },
                ...(programs.data ?? []).map((program) => ({ value: program.id, label: program.name })),
              ]}
            />
            <NativeSelect
              label={t('caseload.status')}
              value={values.status ?? ''}
              onChange={(event) => onChange({ status: event.currentTarget.value || undefined })}
              data={[
                { value: '', label: t('caseload.allStatuses') },
                ...enrolmentStatuses.map((status) => ({
                  value: status,
                  label: t(`enrolmentStatus.${status}`),
                })),
              ]}
            />
            {seesStatuses ? (
              <NativeSelect
                label={t('caseload.immigrationStatus')}
                value={values.immigrationStatus ?? ''}
                onChange={(event) => onChange({ immigrationStatus: event.currentTarget.value || undefined })}
                data={[
                  { value: '', label: t('caseload.allImmigrationStatuses') },
                  ...statusesOfCountry(session.organization.country).map((status) => ({
                    value: status,
                    label: t(`status.${status}`),
                  })),
                ]}
              />
            ) : null}
          </>
        ) : null}
      </SimpleGrid>
    </Paper>
  );
}
