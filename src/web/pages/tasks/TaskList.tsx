import { Anchor, Checkbox, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useStaffOptions } from '../../api/people.js';
import {
  type TaskBucket,
  type TaskView,
  useCompleteTask,
  useMyTasks,
  useReassignTask,
} from '../../api/tasks.js';
import { Pager } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate, formatDateTime } from '../../format.js';
import { notify } from '../../notify.js';

const pageSize = 50;

/** One bucket of my tasks, one page: each with its done checkbox and the colleague it is given to. */
export function TaskList({ bucket, assigned }: { bucket: TaskBucket; assigned: 'toMe' | 'byMe' }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const tasks = useMyTasks(bucket, assigned, page);
  return (
    <QueryState
      isPending={tasks.isPending}
      error={tasks.error}
      onRetry={() => tasks.refetch()}
      missingRouteText={t('tasks.unavailable')}
    >
      {tasks.data && tasks.data.items.length === 0 ? (
        <Text role="status">{t(`tasks.empty.${bucket}`)}</Text>
      ) : null}
      {tasks.data && tasks.data.items.length > 0 ? (
        <Stack
          gap="xs"
          component="ul"
          aria-label={t('tasks.list', { bucket: t(`tasks.buckets.${bucket}`) })}
          p={0}
          m={0}
        >
          {tasks.data.items.map((task) => (
            <TaskRow key={task.id} task={task} assigned={assigned} />
          ))}
        </Stack>
      ) : null}
      {tasks.data && tasks.data.total > pageSize ? (
        <Pager page={page} pageSize={pageSize} total={tasks.data.total} onChange={setPage} />
      ) : null}
    </QueryState>
  );
}

function TaskRow({ task, assigned }: { task: TaskView; assigned: 'toMe' | 'byMe' }) {
  const { t } = useTranslation();
  const complete = useCompleteTask();
  const reassign = useReassignTask();
  const staff = useStaffOptions();
  const done = task.doneAt !== null;
  const colleagues = (staff.data ?? []).filter((member) => !member.disabled);
  const toggle = async (checked: boolean) => {
    try {
      await complete.mutateAsync({ id: task.id, done: checked });
      notify({ color: 'green', message: checked ? t('tasks.completed') : t('tasks.reopened') });
    } catch (error) {
      notify({ color: 'red', message: errorMessage(error) });
    }
  };
  const giveTo = async (userId: string) => {
    if (!userId || userId === task.assignee.userId) return;
    try {
      await reassign.mutateAsync({ id: task.id, assigneeUserId: userId });
      const name = colleagues.find((member) => member.userId === userId)?.displayName ?? '';
      notify({ color: 'green', message: t('tasks.reassigned', { name }) });
    } catch (error) {
      notify({ color: 'red', message: errorMessage(error) });
    }
  };
  return (
    <Paper withBorder p="sm" component="li" style={{ listStyle: 'none' }} data-task={task.title}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Group align="flex-start" wrap="nowrap" gap="sm">
          <Checkbox
            mt={4}
            checked={done}
            disabled={complete.isPending}
            aria-label={
              done ? t('tasks.markUndone', { title: task.title }) : t('tasks.markDone', { title: task.title })
            }
            onChange={(event) => void toggle(event.currentTarget.checked)}
          />
          <Stack gap={2}>
            <Text fw={600} td={done ? 'line-through' : undefined}>
              {task.title}
            </Text>
            {task.note ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {task.note}
              </Text>
            ) : null}
            <Text size="sm" c="dimmed">
              {[
                t('tasks.due', { date: formatDate(task.dueOn) }),
                assigned === 'toMe' && task.createdBy.userId !== task.assignee.userId
                  ? t('tasks.givenBy', { name: task.createdBy.name ?? '—' })
                  : null,
                assigned === 'byMe' ? t('tasks.givenTo', { name: task.assignee.name ?? '—' }) : null,
                done
                  ? t('tasks.doneBy', { date: formatDateTime(task.doneAt), name: task.doneByName ?? '—' })
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {task.person ? (
              <Anchor
                size="sm"
                renderRoot={(props) => (
                  <Link
                    to="/people/$personId"
                    params={{ personId: task.person!.id }}
                    search={{}}
                    {...props}
                  />
                )}
              >
                {t('tasks.about', { name: task.person.name })}
              </Anchor>
            ) : null}
          </Stack>
        </Group>
        {done ? null : (
          <NativeSelect
            size="xs"
            label={t('tasks.reassign')}
            aria-label={t('tasks.reassignLabel', { title: task.title })}
            value={task.assignee.userId}
            disabled={reassign.isPending}
            onChange={(event) => void giveTo(event.currentTarget.value)}
            data={[
              ...(colleagues.some((m) => m.userId === task.assignee.userId)
                ? []
                : [{ value: task.assignee.userId, label: task.assignee.name ?? '—' }]),
              ...colleagues.map((member) => ({ value: member.userId, label: member.displayName })),
            ]}
          />
        )}
      </Group>
    </Paper>
  );
}
