/**
 * What a counselor must see at once about each person she follows, and in which order: the rules of
 * the caseload's alerts, next action and urgency, pure so that they are the same for a page and for
 * the whole caseload.
 */
export const alertCodes = ['overdue', 'missed', 'lowIntensity', 'contractEnding', 'followUpDue'] as const;
export type AlertCode = (typeof alertCodes)[number];
export const alertFilters = ['any', ...alertCodes] as const;
export type AlertFilter = (typeof alertFilters)[number];

export interface PersonSignals {
  overdueSteps: number;
  /** The open dated step due soonest (an overdue one when there is one). */
  nextStep: { title: string; dueOn: string } | null;
  nextAppointmentAt: string | null;
  /** In the 90 days ending today. */
  missedAppointments: number;
  /** In the 30 days ending today. */
  contactsLast30Days: number;
  lastContactOn: string | null;
  /** The highest expectation of the programs the person is enrolled in; null when none sets one. */
  expectedContacts: number | null;
  /** The term of a work contract within the organization's end-alert window (placements), if any. */
  contractEndsOn: string | null;
  /** The due day of a follow-up after exit that has come and waits for the person's answer (outcomes). */
  followUpDueOn: string | null;
}

export const noSignals: PersonSignals = {
  overdueSteps: 0,
  nextStep: null,
  nextAppointmentAt: null,
  missedAppointments: 0,
  contactsLast30Days: 0,
  lastContactOn: null,
  expectedContacts: null,
  contractEndsOn: null,
  followUpDueOn: null,
};

export type NextAction =
  | { kind: 'step'; on: string; title: string }
  | { kind: 'appointment'; on: string; title: null };

/**
 * Alerts in a fixed order (overdue, missed, low intensity, a contract ending, a follow-up after exit
 * due), so that they read the
 * same on every row.
 */
export function alertsOf(signals: PersonSignals): AlertCode[] {
  const alerts: AlertCode[] = [];
  if (signals.overdueSteps > 0) alerts.push('overdue');
  if (signals.missedAppointments > 0) alerts.push('missed');
  if (signals.expectedContacts !== null && signals.contactsLast30Days < signals.expectedContacts)
    alerts.push('lowIntensity');
  if (signals.contractEndsOn !== null) alerts.push('contractEnding');
  if (signals.followUpDueOn !== null) alerts.push('followUpDue');
  return alerts;
}

/**
 * The sooner of the next step's due day and the next appointment's day (UTC). On the same day the
 * appointment comes first: it has a time, the step can be done around it.
 */
export function nextActionOf(signals: PersonSignals): NextAction | null {
  const step = signals.nextStep;
  const appointment = signals.nextAppointmentAt;
  if (appointment && (!step || appointment.slice(0, 10) <= step.dueOn))
    return { kind: 'appointment', on: appointment, title: null };
  if (step) return { kind: 'step', on: step.dueOn, title: step.title };
  return null;
}

/** The due day of the oldest overdue step, when the person has one. */
export function overdueSince(signals: PersonSignals, today: string): string | null {
  return signals.overdueSteps > 0 && signals.nextStep && signals.nextStep.dueOn < today
    ? signals.nextStep.dueOn
    : null;
}

export interface RankedPerson {
  id: string;
  familyName: string;
  givenName: string;
  signals: PersonSignals;
}

const byName = (a: RankedPerson, b: RankedPerson) =>
  a.familyName.localeCompare(b.familyName, 'fr') ||
  a.givenName.localeCompare(b.givenName, 'fr') ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Earlier first; people without a date after everyone with one. */
const byDay = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

const shortfall = (s: PersonSignals) =>
  s.expectedContacts === null ? 0 : Math.max(0, s.expectedContacts - s.contactsLast30Days);

/**
 * Who needs the counselor first: more alerts first; then the oldest overdue step; then more missed
 * appointments; then the largest shortfall of contacts; then the soonest next action; then by name.
 */
export function compareUrgency(today: string) {
  return (a: RankedPerson, b: RankedPerson): number =>
    alertsOf(b.signals).length - alertsOf(a.signals).length ||
    byDay(overdueSince(a.signals, today), overdueSince(b.signals, today)) ||
    b.signals.missedAppointments - a.signals.missedAppointments ||
    shortfall(b.signals) - shortfall(a.signals) ||
    byDay(nextActionOf(a.signals)?.on ?? null, nextActionOf(b.signals)?.on ?? null) ||
    byName(a, b);
}

/** The soonest next action first (overdue steps are the soonest); people with none last, by name. */
export function compareNextAction(a: RankedPerson, b: RankedPerson): number {
  return byDay(nextActionOf(a.signals)?.on ?? null, nextActionOf(b.signals)?.on ?? null) || byName(a, b);
}
