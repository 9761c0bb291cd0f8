/** English texts of a household of files (the person's file, "Household" section). */
export const householdsEn = {
  title: 'Household of files',
  intro:
    'People your organization follows who live together, each with a file of their own. Programs counted in households count them once.',
  dependantsTitle: 'Dependants without a file',
  none: 'This person is not in a household of files.',
  since: 'Household since {{date}}',
  caption: 'Members of the household',
  member: 'Member',
  relation: 'Relation to the main contact',
  joinedOn: 'Joined on',
  mainContact: 'Main contact',
  main: 'Main contact',
  form: 'Form a household with this person as main contact',
  formed: 'Household formed.',
  addTitle: 'Add a person to the household',
  person: 'Person',
  personHint: 'A file of your organization, in no other household. Type at least two letters of a name.',
  add: 'Add to the household',
  added: '{{name}} joined the household.',
  remove: 'Remove from the household',
  removed: '{{name}} left the household.',
  makeMain: 'Make main contact',
  mainChanged: '{{name}} is now the main contact.',
  mainCannotLeave: 'The main contact leaves last: make another member the main contact first.',
  formerTitle: 'Former members',
  leftOn: 'Left on {{date}}',
  openFile: 'Open the file of {{name}}',
  you: 'this file',
} as const;

/** Labels of the events a household publishes on each member's timeline (they name no one). */
export const householdsTimelineKindsEn = {
  household_formed: 'Household formed, with this person as main contact',
  household_joined: 'Joined a household',
  household_member_joined: 'A person joined the household',
  household_left: 'Left the household',
  household_member_left: 'A person left the household',
  household_main_contact_changed: 'The household’s main contact changed',
};
