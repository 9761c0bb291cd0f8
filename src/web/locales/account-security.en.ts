/** English texts of the account's security: sessions, re-authentication, second factor, single sign-on. */
export const accountSecurityEn = {
  menu: 'Security and sessions',
  title: 'Security and sessions',
  intro:
    'Where your account is logged in, and your authenticator app. A session ends after {{idle}} minutes without activity and at most {{absolute}} hours after the login.',
  sessions: {
    title: 'Open sessions',
    empty: 'No other open session.',
    device: 'Device',
    unknownDevice: 'Unknown device',
    deviceOn: '{{browser}} on {{system}}',
    started: 'Logged in: {{date}}',
    lastSeen: 'last activity: {{date}}',
    method: 'Logged in with: {{method}}',
    methodPassword: 'Password',
    methodSso: 'Organization sign-in',
    current: 'This session',
    end: 'End',
    endLabel: 'End the session of {{device}}, last active {{lastSeen}}',
    ended: 'The session was ended.',
    endOthers: 'End every other session',
    endedOthers_one: '{{count}} other session ended.',
    endedOthers_other: '{{count}} other sessions ended.',
  },
  password: {
    title: 'Password',
    intro: 'Choose a new password. Your other sessions end; this one stays open.',
    current: 'Current password',
    new: 'New password',
    rules:
      'At least 12 characters, for example a sentence of several words; a password found in data breaches is refused.',
    confirm: 'New password again',
    mismatch: 'The two new passwords differ.',
    submit: 'Change the password',
    changed_one: 'Password changed. {{count}} other session was ended.',
    changed_other: 'Password changed. {{count}} other sessions were ended.',
  },
  secondFactor: {
    title: 'Authenticator app',
    enabled: 'Your account is protected by an authenticator app.',
    disabled: 'Your account has no second factor yet.',
    replace: 'Replace the authenticator app',
    setUp: 'Set up an authenticator app',
    newAppIntro:
      'Add this account to the new app (scan the QR code or type the secret), then enter the code it shows. Your current app keeps working until then.',
    confirm: 'Confirm the new app',
    changed_one: 'Authenticator app saved. {{count}} other session was ended.',
    changed_other: 'Authenticator app saved. {{count}} other sessions were ended.',
  },
  reauth: {
    title: 'Confirm it is you',
    intro: 'This action is sensitive: enter your password again to continue.',
    introWithCode: 'This action is sensitive: enter your password and the code of your authenticator app.',
    password: 'Password',
    code: '6-digit code',
    codeInvalid: 'The code has 6 digits.',
    submit: 'Confirm and continue',
    sso: 'Sign in again with your organization',
    ssoIntro: 'You logged in through your organization: sign in there again, then repeat the action.',
  },
  sso: {
    button: "Use my organization's sign-in",
    needsEmail: 'Enter your e-mail address first: it tells which organization you belong to.',
    or: 'or',
    errors: {
      SINGLE_SIGN_ON_FAILED:
        "The sign-in through your organization's identity provider did not complete. Try again.",
      SINGLE_SIGN_ON_NO_ACCOUNT:
        'Your identity provider confirmed your e-mail address, but no staff account of this organization uses it. Ask your administrator.',
      SINGLE_SIGN_ON_UNAVAILABLE:
        'No single sign-on is set up for this e-mail address. Log in with your password.',
      IDENTITY_PROVIDER_UNREACHABLE: "Your organization's identity provider cannot be reached right now.",
      other:
        'The sign-in through your organization did not complete. Try again or log in with your password.',
    },
  },
};
