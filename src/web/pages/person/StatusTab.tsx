import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PersonFileView } from '../../api/people.js';
import { formatDate } from '../../format.js';
import { Facts } from './Facts.js';

export function StatusTab({ person }: { person: PersonFileView }) {
  const { t } = useTranslation();
  if (person.status.hidden) {
    return (
      <Alert color="gray" icon={<IconLock aria-hidden />}>
        {t('person.statusHidden')}
      </Alert>
    );
  }
  const status = person.status.immigrationStatus;
  return (
    <Facts
      items={[
        { label: t('person.immigrationStatus'), value: status ? t(`status.${status}`, status) : null },
        { label: t('person.asylumApplicationDate'), value: formatDate(person.status.asylumApplicationDate) },
        { label: t('person.statusDate'), value: formatDate(person.status.statusDate) },
        { label: t('person.arrivalDate'), value: formatDate(person.status.arrivalDate) },
      ]}
    />
  );
}
