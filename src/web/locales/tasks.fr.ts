import type { tasksEn, tasksTimelineKindsEn } from './tasks.en.js';

/** Textes français des tâches (page « Mes tâches », compteur du menu, tâche dans le fil de la personne). */
export const tasksFr: typeof tasksEn = {
  nav: 'Mes tâches',
  navDue: 'à faire aujourd’hui ou en retard',
  title: 'Mes tâches',
  intro:
    'Les choses à faire, pour vous et vos collègues, sur une personne ou non. Les tâches en retard et du jour d’abord.',
  unavailable: 'Les tâches ne sont pas encore disponibles sur ce serveur.',
  assigned: 'Afficher',
  toMe: 'Qui me sont confiées',
  byMe: 'Confiées à des collègues',
  buckets: { overdue: 'En retard', today: 'Aujourd’hui', upcoming: 'À venir', done: 'Faites' },
  bucketCount: '{{bucket}} : {{count}}',
  empty: {
    overdue: 'Rien en retard.',
    today: 'Rien à faire aujourd’hui.',
    upcoming: 'Rien de prévu après aujourd’hui.',
    done: 'Aucune tâche faite pour l’instant.',
  },
  newTask: 'Nouvelle tâche…',
  newTitle: 'Nouvelle tâche',
  fields: {
    title: 'À faire',
    note: 'Note (facultatif)',
    dueOn: 'Pour le',
    person: 'Concerne une personne (facultatif)',
    personHint: 'Tapez un nom ; la tâche apparaît alors dans le fil de la personne.',
    assignee: 'Pour',
  },
  myself: 'Moi-même',
  create: 'Créer la tâche',
  created: 'Tâche créée.',
  done: 'Faite',
  markDone: 'Marquer « {{title}} » comme faite',
  markUndone: 'Marquer « {{title}} » comme non faite',
  completed: 'Tâche marquée comme faite.',
  reopened: 'Tâche marquée comme non faite.',
  due: 'Pour le {{date}}',
  about: 'Concerne {{name}}',
  doneBy: 'Faite le {{date}} par {{name}}',
  givenBy: 'De {{name}}',
  givenTo: 'Pour {{name}}',
  reassign: 'Confier à',
  reassignLabel: 'Confier « {{title}} » à',
  reassigned: 'Tâche confiée à {{name}}.',
  list: '{{bucket}} : tâches',
};

export const tasksTimelineKindsFr: typeof tasksTimelineKindsEn = {
  task_created: 'Tâche « {{title}} » pour {{assignee}}',
  task_reassigned: 'Tâche « {{title}} » confiée à {{assignee}}',
  task_completed: 'Tâche « {{title}} » faite',
  task_reopened: 'Tâche « {{title}} » rouverte',
};
