/**
 * What other modules may ask of the tasks module. They never read its tables. The person's overview
 * (people's screens) reads a person's open tasks through `personTasks`, scoped and audited like the
 * tasks route; privacy exports and anonymizes through `tasksPersonData`; the agenda shows the open tasks
 * due on its days through `openTasksDueBetween`.
 */

export { type AgendaTask, openTasksDueBetween } from './agenda-tasks.js';
export { bucketOf, type TaskBucket, taskBuckets } from './domain/task-buckets.js';
export * as tasksPersonData from './person-data.js';
export { giveTask, type SystemTask } from './system-tasks.js';
export { listPersonTasks as personTasks } from './use-cases/list-tasks.js';
