import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PersonFileView } from '../../api/people.js';
import { formatDate } from '../../format.js';
import { Facts } from './Facts.js';

export function StatusTab({ person }: { person: PersonFileView }) {
  const { t } = useTranslation();
  if (person.sensitiveHidden) {
    return (
      <Alert color="gray" icon={<IconLock aria-hidden />}>
        {t('person.statusHidden')}
      </Alert>
    );
  }
  const { immigrationStatus, asylumApplicationDate, statusDate, arrivalDate } = person.identity;
  return (
    <Facts
      items={[
        {
          label: t('person.immigrationStatus'),
          value: immigrationStatus ? t(`status.${immigrationStatus}`) : null,
        },
        { label: t('person.asylumApplicationDate'), value: formatDate(asylumApplicationDate) },
        { label: t('person.statusDate'), value: formatDate(statusDate) },
        { label: t('person.arrivalDate'), value: formatDate(arrivalDate) },
      ]}
    />
  );
}
