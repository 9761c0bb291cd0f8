import { defineError } from '../../core/errors.js';

export const taskErrors = {
  taskNotFound: defineError('TASK_NOT_FOUND', 'not_found', {
    en: 'This task does not exist or is not yours to see.',
    fr: "Cette tâche n'existe pas ou ne vous est pas accessible.",
  }),
  personNotFound: defineError('PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  assigneeNotColleague: defineError('TASK_ASSIGNEE_NOT_COLLEAGUE', 'bad_request', {
    en: 'A task is given to an active colleague of your organization who works with people’s files. Choose another colleague.',
    fr: 'Une tâche se confie à un membre actif de votre structure qui travaille sur les dossiers. Choisissez une autre personne.',
  }),
};
