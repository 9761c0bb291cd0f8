import { Button, Group, SegmentedControl, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TaskBucket, taskBuckets, useTaskCounts } from '../../api/tasks.js';
import { PageTitle } from '../../components/PageTitle.js';
import { NewTaskDialog } from './NewTaskDialog.js';
import { TaskList } from './TaskList.js';

/**
 * "My tasks": the tasks assigned to me (or that I gave colleagues) in four tabs — overdue, today,
 * upcoming, done — each a list where a task is done or given to someone else in one step.
 */
export function TasksPage() {
  const { t } = useTranslation();
  const [bucket, setBucket] = useState<TaskBucket>('today');
  const [assigned, setAssigned] = useState<'toMe' | 'byMe'>('toMe');
  const [creating, setCreating] = useState(false);
  const counts = useTaskCounts(assigned === 'toMe');
  const label = (b: TaskBucket) => {
    const count = assigned === 'toMe' && b !== 'done' ? counts.data?.[b] : undefined;
    return count === undefined
      ? t(`tasks.buckets.${b}`)
      : t('tasks.bucketCount', { bucket: t(`tasks.buckets.${b}`), count });
  };
  return (
    <>
      <PageTitle
        title={t('tasks.title')}
        intro={t('tasks.intro')}
        actions={<Button onClick={() => setCreating(true)}>{t('tasks.newTask')}</Button>}
      />
      <Stack>
        <Group>
          <SegmentedControl
            aria-label={t('tasks.assigned')}
            value={assigned}
            onChange={(value) => setAssigned(value === 'byMe' ? 'byMe' : 'toMe')}
            data={[
              { value: 'toMe', label: t('tasks.toMe') },
              { value: 'byMe', label: t('tasks.byMe') },
            ]}
          />
        </Group>
        <Tabs value={bucket} onChange={(value) => setBucket((value as TaskBucket | null) ?? 'today')}>
          <Tabs.List>
            {taskBuckets.map((b) => (
              <Tabs.Tab key={b} value={b}>
                {label(b)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {taskBuckets.map((b) => (
            <Tabs.Panel key={b} value={b} pt="md">
              {bucket === b ? <TaskList bucket={b} assigned={assigned} /> : null}
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
      <NewTaskDialog opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
