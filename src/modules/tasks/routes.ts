import type { FastifyInstance } from 'fastify';
import {
  changeTaskRoute,
  completeTaskRoute,
  createTaskRoute,
  listMyTasksRoute,
  personTasksRoute,
  reassignTaskRoute,
  taskCountsRoute,
} from '../../contracts/tasks.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { changeTask } from './use-cases/change-task.js';
import { completeTask } from './use-cases/complete-task.js';
import { createTask } from './use-cases/create-task.js';
import { countMyTasks, listMyTasks, listPersonTasks } from './use-cases/list-tasks.js';
import { reassignTask } from './use-cases/reassign-task.js';

export function registerTaskRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listMyTasksRoute, ({ query, ctx }) => listMyTasks(deps)(ctx, query));
  mountRoute(app, taskCountsRoute, ({ ctx }) => countMyTasks(deps)(ctx, {}));
  mountRoute(app, personTasksRoute, ({ params, query, ctx }) =>
    listPersonTasks(deps)(ctx, { ...query, personId: params.id }),
  );
  mountRoute(app, createTaskRoute, ({ body, ctx }) => createTask(deps)(ctx, body));
  mountRoute(app, changeTaskRoute, ({ params, body, ctx }) =>
    changeTask(deps)(ctx, { ...body, taskId: params.id }),
  );
  mountRoute(app, reassignTaskRoute, ({ params, body, ctx }) =>
    reassignTask(deps)(ctx, { ...body, taskId: params.id }),
  );
  mountRoute(app, completeTaskRoute, ({ params, body, ctx }) =>
    completeTask(deps)(ctx, { ...body, taskId: params.id }),
  );
}
