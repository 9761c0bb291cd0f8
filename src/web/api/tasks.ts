import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  changeTaskRoute,
  completeTaskRoute,
  createTaskRoute,
  listMyTasksRoute,
  personTasksRoute,
  reassignTaskRoute,
  type TaskView,
  taskCountsRoute,
} from '../../contracts/tasks.js';
import { personDataRoles, type Role } from '../../core/auth/roles.js';
import { type CallPart, call } from './client.js';
import { useSession } from './session.js';

export type { TaskView } from '../../contracts/tasks.js';
export { taskBuckets } from '../../contracts/tasks.js';
export type TaskBucket = CallPart<typeof listMyTasksRoute, 'query'>['bucket'];

/** Who keeps tasks (the server checks the same list). */
export const mayKeepTasks = (role: Role) => personDataRoles.includes(role);

export function useMyTasks(bucket: TaskBucket, assigned: 'toMe' | 'byMe', page = 1) {
  const session = useSession();
  return useQuery({
    queryKey: ['tasks', session.organization.id, assigned, bucket, page],
    queryFn: ({ signal }) =>
      // What is overdue or due today: the server counts today in the organization's time zone.
      call(listMyTasksRoute, { query: { bucket, assigned, page }, signal }),
    meta: { inlineErrors: true },
  });
}

/** The menu's count; refreshed each minute and after every change of a task. */
export function useTaskCounts(enabled: boolean) {
  const session = useSession();
  return useQuery({
    enabled,
    queryKey: ['tasks', session.organization.id, 'counts'],
    queryFn: ({ signal }) => call(taskCountsRoute, { signal }),
    refetchInterval: 60_000,
    meta: { inlineErrors: true },
    retry: false,
  });
}

/**
 * The tasks on a person (open ones, or every one with `all`), for the person's file and overview. The
 * read is audited on the server.
 */
export function usePersonTasks(personId: string, include: 'open' | 'all' = 'open', enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['person-tasks', personId, include],
    queryFn: ({ signal }) => call(personTasksRoute, { params: { id: personId }, query: { include }, signal }),
    select: (data): TaskView[] => data.items,
    meta: { inlineErrors: true },
    retry: false,
  });
}

function useTaskMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
      await queryClient.invalidateQueries({ queryKey: ['person-tasks'] });
      await queryClient.invalidateQueries({ queryKey: ['person-timeline'] });
    },
  });
}

export function useCreateTask() {
  return useTaskMutation((body: CallPart<typeof createTaskRoute, 'body'>) => call(createTaskRoute, { body }));
}

export function useChangeTask() {
  return useTaskMutation(({ id, ...body }: { id: string } & CallPart<typeof changeTaskRoute, 'body'>) =>
    call(changeTaskRoute, { params: { id }, body }),
  );
}

export function useCompleteTask() {
  return useTaskMutation(({ id, done }: { id: string; done: boolean }) =>
    call(completeTaskRoute, { params: { id }, body: { done } }),
  );
}

export function useReassignTask() {
  return useTaskMutation(({ id, assigneeUserId }: { id: string; assigneeUserId: string }) =>
    call(reassignTaskRoute, { params: { id }, body: { assigneeUserId } }),
  );
}
