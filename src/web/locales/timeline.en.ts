import { applicationsTimelineKindsEn } from './applications.en.js';
import { documentsTimelineKindsEn } from './documents.en.js';
import { followUpTimelineKindsEn } from './follow-up.en.js';
import { frontDoorTimelineKindsEn } from './front-door.en.js';
import { handoffsTimelineKindsEn } from './handoffs.en.js';
import { householdsTimelineKindsEn } from './households.en.js';
import { immersionsTimelineKindsEn } from './immersions.en.js';
import { matchingTimelineKindsEn } from './matching.en.js';
import { movesTimelineKindsEn } from './moves.en.js';
import { exitOutcomeLabelsEn, outcomesTimelineKindsEn } from './outcomes.en.js';
import { outreachTimelineKindsEn } from './outreach.en.js';
import { placementsTimelineKindsEn } from './placements.en.js';
import { plansTimelineKindsEn } from './plans.en.js';
import { recognitionTimelineKindsEn } from './recognition.en.js';
import { referralsTimelineKindsEn } from './referrals.en.js';
import { regionsTimelineKindsEn } from './regions.en.js';
import { relocationAidTimelineKindsEn } from './relocation-aid.en.js';
import { relocationPlansTimelineKindsEn } from './relocation-plans.en.js';
import { sessionsTimelineKindsEn } from './sessions.en.js';
import { tasksTimelineKindsEn } from './tasks.en.js';

/** Labels of the events the file, programs and loan fund publish. */
const coreTimelineKindsEn = {
  person_registered: 'File opened at the intake',
  person_status_changed: 'Residence status updated',
  person_referent_changed: 'New referent: {{to}}',
  consent_given: 'Consent given: {{purpose}}',
  consent_withdrawn: 'Consent withdrawn: {{purpose}}',
  barrier_identified: 'Barrier identified: {{category}}',
  barrier_resolved: 'Barrier resolved: {{category}}',
  enrolment_started: 'Enrolled in {{program}}',
  enrolment_overridden: 'Eligibility rules overridden to enrol in {{program}}',
  enrolment_exited: 'Left {{program}} at the end of the pathway',
  enrolment_withdrawn: 'Withdrew from {{program}}',
  loan_application_filed: 'Loan application {{reference}} filed with {{fund}}',
  loan_decided: 'Loan application {{reference}} {{outcome}} by the committee',
  loan_disbursed: 'Loan {{reference}}: tranche {{tranche}} paid out',
  loan_restructured: 'Loan {{reference}} restructured',
  loan_repaid: 'Loan {{reference}} repaid in full',
  loan_written_off: 'Loan {{reference}} written off',
};

/** English texts of a person's timeline. Each module that publishes events brings its own labels. */
export const timelineEn = {
  tab: 'Timeline',
  intro: 'What happened in this file, newest first, as each part of Passerelle recorded it.',
  unavailable: 'The timeline is not available on this server yet.',
  filters: 'Filter the timeline',
  modulesLegend: 'Show events of',
  allModules: 'Everything',
  from: 'From',
  to: 'To',
  clearDates: 'Clear the dates',
  periodReversed: 'The end date is before the start date.',
  shown_one: '{{count}} event shown of {{total}}',
  shown_other: '{{count}} events shown of {{total}}',
  loadMore: 'Show older events',
  loadingMore: 'Loading older events…',
  empty: 'Nothing has been recorded in this file yet.',
  emptyFiltered: 'No event matches these filters.',
  listLabel: 'Events of {{day}}',
  recordedBy: 'by {{name}}',
  sensitive: 'Sensitive',
  restricted: 'Confidential',
  open: 'Open',
  openLabel: 'Open: {{event}}',
  unknownKind: 'Event recorded by {{module}}',
  module: {
    people: 'File',
    programs: 'Programs',
    plans: 'Plan',
    'follow-up': 'Appointments and notes',
    documents: 'Documents',
    sessions: 'Collective sessions',
    'loan-fund': 'Loans',
    tasks: 'Tasks',
    outreach: 'Outreach',
    'front-door': 'Front door',
    moves: 'Moves to a region',
    handoffs: 'Hand-offs',
    regions: 'Exploratory stays',
    'relocation-aid': 'Relocation aid',
    'relocation-plans': 'Regionalization plan',
    referrals: 'Referrals',
    recognition: 'Credential recognition',
    applications: 'Job applications',
    placements: 'Hires and contracts',
    immersions: 'Immersions and internships',
    matching: 'Job search',
    outcomes: 'Exits and follow-up',
    other: 'Other',
  },
  value: {
    outcome: { approved: 'approved', declined: 'declined' },
    exitOutcome: exitOutcomeLabelsEn,
    withheld: 'confidential',
  },
  kinds: {
    ...coreTimelineKindsEn,
    ...plansTimelineKindsEn,
    ...followUpTimelineKindsEn,
    ...documentsTimelineKindsEn,
    ...sessionsTimelineKindsEn,
    ...tasksTimelineKindsEn,
    ...outreachTimelineKindsEn,
    ...frontDoorTimelineKindsEn,
    ...handoffsTimelineKindsEn,
    ...regionsTimelineKindsEn,
    ...relocationAidTimelineKindsEn,
    ...relocationPlansTimelineKindsEn,
    ...movesTimelineKindsEn,
    ...referralsTimelineKindsEn,
    ...recognitionTimelineKindsEn,
    ...applicationsTimelineKindsEn,
    ...placementsTimelineKindsEn,
    ...immersionsTimelineKindsEn,
    ...matchingTimelineKindsEn,
    ...outcomesTimelineKindsEn,
    ...householdsTimelineKindsEn,
  },
};
