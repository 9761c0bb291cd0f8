import { NativeSelect, Text } from '@mantine/core';
import { barrierCategories, barrierStatuses } from '../../../../contracts/people.js';
import type { PersonFileView } from '../../../api/people.js';
import { EntryForm } from '../../../components/EntryForm.js';
import { formatDate } from '../../../format.js';
import { SimpleTable, text, today, usePersonItems } from './shared.js';

export function BarriersTab({ person }: { person: PersonFileView }) {
  const { t, add, updateBarrier, removeButton, options, dash } = usePersonItems(person.id);
  return (
    <>
      {person.barriers.length === 0 ? (
        <Text>{t('person.noBarriers')}</Text>
      ) : (
        <SimpleTable
          headers={[
            t('person.barrier'),
            t('person.barrierStatus'),
            t('person.identifiedOn'),
            t('person.barrierNote'),
            t('app.actions'),
          ]}
          rows={person.barriers.map((entry) => ({
            key: entry.id,
            cells: [
              t(`barrier.${entry.category}`),
              <NativeSelect
                key="status"
                size="xs"
                aria-label={`${t('person.barrierStatus')}: ${t(`barrier.${entry.category}`)}`}
                value={
                  // The chosen status stays shown while it is saved and the file reloads.
                  updateBarrier.isPending && updateBarrier.variables?.itemId === entry.id
                    ? updateBarrier.variables.body.status
                    : entry.status
                }
                disabled={updateBarrier.isPending}
                onChange={(event) => {
                  const status = event.currentTarget.value as typeof entry.status;
                  updateBarrier.mutate({
                    itemId: entry.id,
                    body: { status, resolvedOn: status === 'resolved' ? today() : null },
                  });
                }}
                data={options(barrierStatuses, 'barrierStatus')}
              />,
              formatDate(entry.identifiedOn),
              dash(entry.note),
              removeButton('barrier', entry.id, t(`barrier.${entry.category}`)),
            ],
          }))}
        />
      )}
      <EntryForm
        title={t('person.addBarrier')}
        initial={{ identifiedOn: today() }}
        fields={[
          {
            name: 'category',
            label: t('person.barrier'),
            kind: 'select',
            required: true,
            options: options(barrierCategories, 'barrier'),
          },
          {
            name: 'status',
            label: t('person.barrierStatus'),
            kind: 'select',
            options: options(barrierStatuses, 'barrierStatus'),
          },
          { name: 'identifiedOn', label: t('person.identifiedOn'), kind: 'date', required: true },
          { name: 'note', label: t('person.barrierNote'), kind: 'textarea' },
        ]}
        submitLabel={t('app.add')}
        onSubmit={(values) =>
          add.mutateAsync({
            kind: 'barrier',
            data: {
              category: values.category as never,
              status: (text(values, 'status') ?? 'identified') as never,
              identifiedOn: text(values, 'identifiedOn') ?? '',
              note: text(values, 'note'),
            },
          })
        }
      />
    </>
  );
}
