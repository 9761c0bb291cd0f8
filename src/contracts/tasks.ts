import { z } from 'zod';
import { taskBuckets } from '../modules/tasks/domain/task-buckets.js';
import { defineRoute, idParam } from './define.js';
import { optionalText, plannedDate, text } from './primitives.js';

export { taskBuckets } from '../modules/tasks/domain/task-buckets.js';

export const taskBody = z.object({
  title: text(200),
  note: optionalText(2000),
  dueOn: plannedDate('The due date'),
  personId: z.uuid().nullish().describe('The person the task is about, if any'),
  assigneeUserId: z.uuid().optional().describe('A colleague of my organization; myself when absent'),
});

export const taskChangeBody = z.object({
  title: text(200),
  note: optionalText(2000),
  dueOn: plannedDate('The due date'),
});

export const task = z
  .object({
    id: z.uuid(),
    title: z.string(),
    note: z.string().nullable(),
    dueOn: z.string(),
    person: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    assignee: z.object({ userId: z.uuid(), name: z.string().nullable() }),
    createdBy: z.object({ userId: z.uuid(), name: z.string().nullable() }),
    createdAt: z.string(),
    doneAt: z.string().nullable(),
    doneByName: z.string().nullable(),
  })
  .meta({ id: 'Task' });
export type TaskView = z.infer<typeof task>;

/**
 * What is overdue or due today is decided by today in the organization's time zone, on the server: a
 * `today` parameter, once sent by the browser, is ignored.
 */
export const myTasksQuery = z.object({
  bucket: z.enum(taskBuckets),
  assigned: z.enum(['toMe', 'byMe']).default('toMe'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const personTasksQuery = z.object({
  include: z.enum(['open', 'all']).default('open').describe('Open tasks only, or done ones too'),
});

export const listMyTasksRoute = defineRoute({
  operationId: 'listMyTasks',
  method: 'GET',
  path: '/api/tasks',
  policy: 'session',
  summary:
    'My tasks (or those I gave colleagues), in one bucket: overdue, due today, upcoming or done; soonest first, done latest first',
  tags: ['tasks'],
  query: myTasksQuery,
  response: z.object({
    items: z.array(task),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  }),
});

export const taskCountsRoute = defineRoute({
  operationId: 'taskCounts',
  method: 'GET',
  path: '/api/tasks/counts',
  policy: 'session',
  summary: 'How many of my open tasks are overdue, due today and upcoming (the menu’s count)',
  tags: ['tasks'],
  response: z.object({ overdue: z.number().int(), today: z.number().int(), upcoming: z.number().int() }),
});

export const personTasksRoute = defineRoute({
  operationId: 'personTasks',
  method: 'GET',
  path: '/api/people/:id/tasks',
  policy: 'session',
  summary: 'The tasks on a person: open ones soonest first, then the last done; the read is audited',
  tags: ['tasks'],
  params: idParam,
  query: personTasksQuery,
  response: z.object({ items: z.array(task) }),
});

export const createTaskRoute = defineRoute({
  operationId: 'createTask',
  method: 'POST',
  path: '/api/tasks',
  policy: 'session',
  summary: 'Create a task for myself or a colleague, on a person or not',
  tags: ['tasks'],
  body: taskBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const changeTaskRoute = defineRoute({
  operationId: 'changeTask',
  method: 'PUT',
  path: '/api/tasks/:id',
  policy: 'session',
  summary: "Change a task's title, note or due date",
  tags: ['tasks'],
  params: idParam,
  body: taskChangeBody,
  response: z.object({ id: z.uuid() }),
});

export const reassignTaskRoute = defineRoute({
  operationId: 'reassignTask',
  method: 'PUT',
  path: '/api/tasks/:id/assignee',
  policy: 'session',
  summary: 'Give a task to another colleague of my organization (audited)',
  tags: ['tasks'],
  params: idParam,
  body: z.object({ assigneeUserId: z.uuid() }),
  response: z.object({ id: z.uuid(), changed: z.boolean() }),
});

export const completeTaskRoute = defineRoute({
  operationId: 'completeTask',
  method: 'PUT',
  path: '/api/tasks/:id/done',
  policy: 'session',
  summary: 'Mark a task done, or not done again (audited)',
  tags: ['tasks'],
  params: idParam,
  body: z.object({ done: z.boolean() }),
  response: z.object({ id: z.uuid(), changed: z.boolean() }),
});
