import { Button, Text } from '@mantine/core';
import { consentPurposes } from '../../../../contracts/people.js';
import type { PersonFileView } from '../../../api/people.js';
import { EntryForm } from '../../../components/EntryForm.js';
import { formatDate } from '../../../format.js';
import { SimpleTable, text, today, usePersonItems } from './shared.js';

export function ConsentTab({ person }: { person: PersonFileView }) {
  const { t, add, revoke, options } = usePersonItems(person.id);
  return (
    <>
      {person.consents.length === 0 ? (
        <Text>{t('person.noConsent')}</Text>
      ) : (
        <SimpleTable
          headers={[
            t('person.consentPurpose'),
            t('person.consentDate'),
            t('person.consentState'),
            t('app.actions'),
          ]}
          rows={person.consents.map((entry) => ({
            key: entry.id,
            cells: [
              t(`consentPurpose.${entry.purpose}`),
              formatDate(entry.givenOn),
              entry.inForce
                ? t('person.inForce')
                : t('person.revokedOn', { date: formatDate(entry.revokedOn) }),
              entry.inForce ? (
                <Button
                  key="withdraw"
                  size="xs"
                  variant="default"
                  c="red.9"
                  aria-label={`${t('person.withdraw')}: ${t(`consentPurpose.${entry.purpose}`)}`}
                  onClick={() => revoke.mutate({ itemId: entry.id, revokedOn: today() })}
                >
                  {t('person.withdraw')}
                </Button>
              ) : null,
            ],
          }))}
        />
      )}
      <EntryForm
        title={t('person.give')}
        initial={{ givenOn: today() }}
        fields={[
          {
            name: 'purpose',
            label: t('person.consentPurpose'),
            kind: 'select',
            required: true,
            options: options(consentPurposes, 'consentPurpose'),
          },
          { name: 'givenOn', label: t('person.consentDate'), kind: 'date', required: true },
          { name: 'expiresOn', label: t('person.expiresOn'), kind: 'date' },
        ]}
        submitLabel={t('app.add')}
        onSubmit={(values) =>
          add.mutateAsync({
            kind: 'consent',
            data: {
              purpose: values.purpose as never,
              givenOn: text(values, 'givenOn') ?? '',
              expiresOn: text(values, 'expiresOn'),
            },
          })
        }
      />
    </>
  );
}
