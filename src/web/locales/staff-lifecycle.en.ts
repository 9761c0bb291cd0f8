/** English texts of the staff page's actions on a colleague's account, and of the second-factor rule. */
export const staffLifecycleEn = {
  actions: 'Actions',
  deactivate: 'Deactivate',
  deactivateLabel: 'Deactivate {{name}}',
  reactivate: 'Reactivate',
  reactivateLabel: 'Reactivate {{name}}',
  endSessions: 'End sessions',
  endSessionsLabel: 'End sessions of {{name}}',
  confirmTitle: 'Deactivate {{name}}?',
  confirmText:
    'For someone who leaves: every session of theirs ends now and they can no longer log in. They are no longer proposed as a referent. You can reactivate the account later.',
  confirm: 'Deactivate the account',
  deactivated_one: '{{name}} is deactivated; {{count}} session was ended.',
  deactivated_other: '{{name}} is deactivated; {{count}} sessions were ended.',
  reactivated: '{{name}} can log in again.',
  sessionsEnded_one: '{{count}} session of {{name}} was ended.',
  sessionsEnded_other: '{{count}} sessions of {{name}} were ended.',
  resetSecondFactor: {
    button: 'Remove authenticator app',
    label: 'Remove the authenticator app of {{name}}',
    title: 'Remove the authenticator app of {{name}}?',
    intro:
      'For a colleague who lost the phone holding it. Check first that the request really comes from them. Their sessions end, they receive an e-mail, and at their next login they set up a new app.',
    how: 'How did you check who is asking?',
    checks: {
      in_person: 'In person',
      video_call: 'On a video call, face visible',
      call_back_known_number: 'By calling back a number already known',
    },
    confirm: 'Remove the app',
    done: '{{name}} will set up a new authenticator app at the next login.',
  },
  policy: {
    title: 'Second factor',
    intro: 'Who must log in with an authenticator app (or an organization sign-in that asks for one).',
    label: 'Second factor required for',
    administrators: 'Administrators only',
    all_staff: 'All staff',
    save: 'Save',
    saved: 'Saved: it applies from each person’s next login.',
  },
};
