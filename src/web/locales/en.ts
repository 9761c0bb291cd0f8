import type { accountSecurityEn } from './account-security.en.js';
import type { agendaEn } from './agenda.en.js';
import type { applicationsEn } from './applications.en.js';
import { caseloadWorkEn } from './caseload.en.js';
import { caseloadActionsEn } from './caseload-actions.en.js';
import type { documentsEn } from './documents.en.js';
import { duplicatesEn } from './duplicates.en.js';
import type { employersEn } from './employers.en.js';
import { exportsEn } from './exports.en.js';
import type { followUpEn } from './follow-up.en.js';
import type { frontDoorEn } from './front-door.en.js';
import type { handoffsEn } from './handoffs.en.js';
import { homeEn } from './home.en.js';
import type { householdsEn } from './households.en.js';
import type { immersionsEn } from './immersions.en.js';
import { intakeFlowEn } from './intake.en.js';
import type { loanFundEn } from './loan-fund.en.js';
import type { matchingEn } from './matching.en.js';
import type { meetingsEn } from './meetings.en.js';
import type { movesEn } from './moves.en.js';
import type { networkEn } from './network.en.js';
import type { offersEn } from './offers.en.js';
import type { outcomeFiguresEn } from './outcome-figures.en.js';
import type { outcomesEn } from './outcomes.en.js';
import type { outreachEn } from './outreach.en.js';
import { peopleImportEn } from './people-import.en.js';
import type { personOverviewEn } from './person-overview.en.js';
import type { placementsEn } from './placements.en.js';
import type { plansEn } from './plans.en.js';
import type { privacyEn } from './privacy.en.js';
import type { recognitionEn } from './recognition.en.js';
import type { referralsEn } from './referrals.en.js';
import type { relocationAidEn } from './relocation-aid.en.js';
import type { relocationPlansEn } from './relocation-plans.en.js';
import type { reportsEn } from './reports.en.js';
import type { sessionsEn } from './sessions.en.js';
import { sharingEn } from './sharing.en.js';
import type { staffLifecycleEn } from './staff-lifecycle.en.js';
import type { staysEn } from './stays.en.js';
import { targetsEn } from './targets.en.js';
import { tasksEn } from './tasks.en.js';
import type { timelineEn } from './timeline.en.js';

/**
 * English interface texts needed by every page (the core); the areas (EnAreas below) come with the pages
 * that use them (src/web/i18n/areas.ts). Both together are in all.ts.
 */
export const enCore = {
  app: {
    actions: 'Actions',
    name: 'Passerelle',
    skipToContent: 'Skip to main content',
    loading: 'Loading…',
    retry: 'Try again',
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit',
    add: 'Add',
    remove: 'Remove',
    close: 'Close',
    back: 'Back',
    next: 'Next',
    yes: 'Yes',
    no: 'No',
    none: 'None',
    unknown: 'Not provided',
    saved: 'Saved.',
    errorTitle: 'Something went wrong',
    notFoundTitle: 'Page not found',
    notFoundText: 'This address does not lead to any page.',
    backHome: 'Back to the caseload',
    required: 'Required',
    pageOf: 'Page {{page}} of {{pages}}',
    resultCount_one: '{{count}} result',
    resultCount_other: '{{count}} results',
  },
  language: {
    label: 'Language',
    fr: 'Français',
    en: 'English',
    ar: 'العربية',
  },
  login: {
    title: 'Log in to Passerelle',
    intro: 'The workspace of the teams who help refugees and immigrants get back to work.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Log in',
    forgot: 'Forgot your password?',
    secondFactorTitle: 'Second step: authenticator code',
    secondFactorIntro: 'Enter the 6-digit code shown in your authenticator app.',
    code: '6-digit code',
    codeInvalid: 'The code has 6 digits.',
    verify: 'Verify',
    setupTitle: 'Set up your authenticator app',
    setupIntro:
      'Your role requires a second factor. Add this account to an authenticator app (scan the QR code or type the secret), then enter the code it shows.',
    secret: 'Secret key',
    otpauthUri: 'Setup link (otpauth URI)',
    qrAlt: 'QR code to scan with the authenticator app',
    confirm: 'Confirm and continue',
    backToLogin: 'Back to log in',
  },
  reset: {
    requestTitle: 'Reset your password',
    requestIntro: 'Enter the e-mail address of your account. We will send you a single-use link.',
    send: 'Send the link',
    sent: 'If an account exists for this address, a link is on its way. Check your mailbox.',
    confirmTitle: 'Choose a new password',
    newPassword: 'New password',
    passwordHint:
      'At least 12 characters, any you like, spaces included: a sentence of several words is easy to remember. Common passwords are refused.',
    repeatPassword: 'Repeat the new password',
    mismatch: 'The two passwords differ.',
    submit: 'Save the new password',
    done: 'Your password has been changed. Log in with it.',
    missingToken: 'This link is incomplete. Ask for a new one.',
  },
  shell: {
    navigation: 'Main navigation',
    openNavigation: 'Open navigation',
    closeNavigation: 'Close navigation',
    organization: 'Organization',
    switchOrganization: 'Work for',
    switched: 'You now work for {{name}}.',
    account: 'Account menu',
    logout: 'Log out',
    logoutEverywhere: 'Log out on every device',
    loggedOutEverywhere_one: '{{count}} session ended.',
    loggedOutEverywhere_other: '{{count}} sessions ended.',
    roleLabel: 'Role: {{role}}',
  },
  nav: {
    caseload: 'Caseload',
    intake: 'New person',
    programs: 'Programs',
    staff: 'Staff',
    audit: 'Audit',
    outbox: 'Outbox (dev)',
    loanFunds: 'Loan funds',
    sessions: 'Sessions',
    agenda: 'Agenda',
    employers: 'Employers',
    offers: 'Job offers',
    privacy: 'Data protection',
    recognition: 'Credential recognition',
    outreach: 'Outreach',
    network: 'Partner network',
    frontDoor: 'Front door',
    referrals: 'Referrals',
    meetings: 'Meetings',
    handoffs: 'Hand-offs',
    regions: 'Regions',
    relocationAid: 'Relocation aid',
    groups: {
      work: 'Daily work',
      partners: 'Partnership',
      employment: 'Employment',
      programs: 'Programs and funds',
      administration: 'Administration',
    },
  },
  roles: {
    counselor: 'Counselor',
    program_referent: 'Program referent',
    coordinator: 'Coordinator',
    director: 'Director',
    administrator: 'Administrator',
    funder: 'Funder',
  },
  staff: {
    title: 'Staff',
    intro: 'People who work in {{organization}} and their roles.',
    name: 'Name',
    email: 'E-mail',
    role: 'Role',
    secondFactor: 'Second factor',
    status: 'Account',
    active: 'Active',
    disabled: 'Disabled',
    enabled: 'Enabled',
    notEnabled: 'Not set up',
    empty: 'No staff yet.',
    createTitle: 'Add a staff member',
    displayName: 'Full name',
    locale: 'Language of the invitation',
    create: 'Add',
    invited: 'Invitation sent to {{email}}.',
    added: '{{email}} now has a role here.',
  },
  outbox: {
    title: 'Outbox',
    intro:
      'Development only: the e-mails and SMS the platform would have sent to you, and those sent for your organization when your role works with people’s files.',
    to: 'To',
    subject: 'Subject',
    sentAt: 'Sent at',
    empty: 'No message sent yet.',
    smsTitle: 'SMS to {{to}}',
    smsOutbox: 'No SMS provider is configured: SMS are kept here, none is sent.',
    smsProvider: 'SMS are sent through the configured SMS provider: they do not appear here.',
    smsDisabled: 'No SMS provider is configured: no SMS is sent.',
    unavailable: 'The outbox exists only in development.',
  },
  audit: {
    title: 'Audit log',
    intro:
      'Who did what, when, on which record. Entries are chained: any change to a past entry breaks the chain.',
    filters: 'Filters',
    person: 'Person (identifier)',
    user: 'Staff member (identifier)',
    action: 'Action',
    from: 'From',
    to: 'To',
    apply: 'Apply',
    reset: 'Clear filters',
    at: 'When',
    actor: 'Who',
    subject: 'Record',
    details: 'Details',
    empty: 'No entry matches these filters.',
    verify: 'Verify the chain',
    chainIntact: 'The chain is intact: {{count}} entries checked.',
    chainBroken: 'The chain is broken at entry {{position}}.',
    unavailable: 'The audit browsing service is not available on this server yet.',
  },
  caseload: {
    ...caseloadWorkEn,
    registered: 'Registered on',
    title: 'Caseload',
    search: 'Search by name',
    searchHint: 'Spelling mistakes are tolerated.',
    program: 'Program',
    allPrograms: 'All programs',
    status: 'Enrolment status',
    allStatuses: 'All statuses',
    immigrationStatus: 'Immigration status',
    allImmigrationStatuses: 'Any immigration status',
    referent: 'Referent',
    anyReferent: 'Anyone',
    mine: 'Me',
    sort: 'Sort by',
    name: 'Name',
    birthDate: 'Birth date',
    age: 'Age',
    programs: 'Programs',
    updated: 'Last update',
    empty: 'Nobody matches these filters.',
    emptyAll: 'No person yet. Start with “New person”.',
    unavailable: 'The caseload service is not available on this server yet.',
    pagination: 'Pages of results',
    filters: 'Filter the caseload',
  },
  eligibility: {
    verdict: {
      eligible: 'Eligible',
      not_eligible: 'Not eligible',
      incomplete: 'Eligibility cannot be decided: information missing',
    },
    rules: 'Eligibility rules',
    passed: 'met',
    failed: 'not met',
    unknown: 'information missing',
    incomplete: 'Information missing',
    eligible: 'Eligible',
    notEligible: 'Not eligible',
    check: 'Check eligibility',
    checking: 'Checking…',
    noRules: 'This program has no eligibility rule.',
  },
  status: {
    refugee: 'Refugee',
    subsidiary_protection: 'Subsidiary protection',
    asylum_seeker: 'Asylum seeker',
    csq_holder_abroad: 'Québec selection certificate holder (abroad)',
    permanent_resident: 'Permanent resident',
    work_permit: 'Work permit',
    naturalized_citizen: 'Naturalized citizen',
    other: 'Other',
    asylee: 'Asylee',
    special_immigrant_visa: 'Special Immigrant Visa (SIV)',
    parolee: 'Humanitarian parolee',
    temporary_protected_status: 'Temporary Protected Status (TPS)',
    protected_person: 'Protected person',
    residence_permit: 'Residence permit',
  },
  enrolmentStatus: {
    enrolled: 'Enrolled',
    exited: 'Exited',
    withdrawn: 'Withdrawn',
  },
  caseloadSort: {
    urgency: 'Urgency',
    nextAction: 'Next action',
    name: 'Name (A–Z)',
    recent: 'Most recently updated',
    birthDate: 'Birth date',
    enrolledAt: 'Enrolment date',
  },
  reference: {
    regulatedEu: 'Regulated in the EU',
    searchIn: 'Search in',
    escoPicked: 'ESCO occupation chosen.',
    freeText: 'Not in the ESCO list: kept as typed.',
    escoAttribution: 'This service uses the ESCO classification of the European Commission.',
  },
  occupations: {
    scheme: { esco: 'ESCO', rome: 'ROME', onet: 'O*NET', noc: 'NOC' },
    schemeName: {
      esco: 'ESCO (Europe)',
      rome: 'ROME (France)',
      onet: 'O*NET-SOC (United States)',
      noc: 'NOC 2021 (Canada)',
    },
    searchAcross: 'Occupation in any classification',
    searchAcrossHint: 'As the person names it, in French, English, Spanish, Arabic, Ukrainian or Dutch.',
    allClassifications: 'All classifications',
    classification: 'Classification',
    anyLanguage: 'Any language',
    equivalents: 'Equivalents here',
    equivalentsTitle: 'Equivalents of “{{title}}” in {{classification}}',
    noEquivalent: 'The crosswalks shipped with Passerelle give no equivalent in this classification.',
    countryUnsupported: 'Equivalents are known for France, the United States and Canada only.',
    code: 'Code',
    title: 'Title',
    relation: 'Relation',
    regulated: 'Regulated',
    through: 'Through ESCO',
    regulatedYes: 'Regulated',
    regulatedNo: 'Not regulated',
    regulatedUnknown: 'Unknown',
    regulatedUnknownHint:
      'The reference data does not say whether this job is regulated here; the recognition pathways do.',
    relationName: {
      same: 'Same code',
      exactMatch: 'Same job',
      closeMatch: 'Close',
      narrowMatch: 'Narrower',
      broadMatch: 'Broader',
      viaOnet: 'Through O*NET (unofficial)',
    },
    isco: 'ISCO {{code}}',
    skillsMissing:
      'Shared skills are not in the reference data: the ISCO group and the ESCO occupation each side maps to show how close the jobs are.',
    picked: '{{scheme}} {{code}} chosen.',
  },
  person: {
    countryCode: 'Country (2-letter code, e.g. SY)',
    occupationFree: 'Occupation',
    fromYear: 'From (year)',
    toYear: 'To (year)',
    barrierStatus: 'Status',
    identifiedOn: 'Identified on',
    birthYear: 'Birth year',
    consentState: 'In force',
    inForce: 'In force',
    revokedOn: 'Withdrawn on {{date}}',
    expiresOn: 'Expires on',
    intakeSource: 'How the person was found',
    tabs: 'Sections of the file',
    identity: 'Identity',
    status: 'Status',
    languages: 'Languages',
    education: 'Education',
    experience: 'Experience',
    barriers: 'Barriers',
    household: 'Household',
    consent: 'Consent',
    enrolments: 'Enrolments',
    firstName: 'First name (Latin alphabet)',
    lastName: 'Last name (Latin alphabet)',
    originalFirstName: 'First name (original script)',
    originalLastName: 'Last name (original script)',
    birthDate: 'Birth date',
    gender: 'Gender',
    nationality: 'Nationality',
    email: 'E-mail',
    phone: 'Phone',
    city: 'City',
    immigrationStatus: 'Immigration status',
    asylumApplicationDate: 'Date of the asylum application',
    statusDate: 'Date the status was granted',
    arrivalDate: 'Arrival date in the country',
    statusHidden: 'Hidden: your role does not give access to immigration details.',
    language: 'Language',
    level: 'Level',
    scale: 'Scale',
    skill: 'Skill',
    testName: 'Test taken',
    testDate: 'Test date',
    levelLoading: 'Loading the levels…',
    addLanguage: 'Add a language',
    noLanguages: 'No language recorded.',
    educationLevel: 'Highest level of education',
    degree: 'Degree or diploma',
    country: 'Country',
    year: 'Year',
    foreignDegree: 'Degree obtained abroad',
    addEducation: 'Add a degree',
    noEducation: 'No education recorded.',
    occupation: 'Occupation (ESCO)',
    occupationHint: 'Type at least 2 letters to search the ESCO classification.',
    employer: 'Employer',
    from: 'From',
    to: 'To',
    addExperience: 'Add an experience',
    noExperience: 'No experience recorded.',
    barrier: 'Barrier',
    barrierNote: 'Note',
    addBarrier: 'Add a barrier',
    noBarriers: 'No barrier recorded.',
    householdSize: 'People in the household',
    children: 'Children',
    addMember: 'Add a member',
    relation: 'Relation',
    consentGiven: 'Consent given',
    consentPurpose: 'Purpose',
    consentDate: 'Date',
    withdraw: 'Withdraw',
    give: 'Record consent',
    noConsent: 'No consent recorded.',
    noEnrolments: 'Not enrolled in any program.',
    program: 'Program',
    enrolmentStatus: 'Status',
    enrolledAt: 'Enrolled on',
    override: 'Enrolled by override',
    enrol: 'Enrol in a program',
    endEnrolment: 'End',
    endEnrolmentIn: 'End the enrolment in {{program}}',
    endHow: 'How it ends',
    endedOn: 'End date',
    endReason: 'Reason',
    enrolmentEnded: 'The enrolment in {{program}} has ended.',
    notFound: 'This person does not exist or is not shared with your organization.',
    age: '{{age}} years old',
  },
  intake: {
    ...intakeFlowEn,
    title: 'New person',
    intro: 'Register a person and check their eligibility, step by step.',
    steps: 'Steps of the intake',
    identity: 'Identity',
    identityDescription: 'Names and birth date',
    status: 'Status',
    statusDescription: 'Immigration status and its dates',
    background: 'Languages and education',
    backgroundDescription: 'What the person speaks and studied',
    source: 'How we met',
    sourceDescription: 'Referral or outreach',
    program: 'Program',
    programDescription: 'Eligibility check',
    done: 'Enrolment',
    doneDescription: 'Result',
    referralSource: 'How was the person found?',
    partnerName: 'Referring partner',
    sourceNote: 'Note',
    choose: 'Choose a program',
    noProgram: 'Register without a program for now',
    create: 'Register the person',
    created: '{{name}} is registered.',
    enrol: 'Enrol in {{program}}',
    enrolled: '{{name}} is enrolled in {{program}}.',
    refused: 'Enrolment refused',
    eligibleIntro: '{{name}} meets every rule of {{program}}:',
    refusedIntro: 'The person does not meet every rule of {{program}}:',
    override: 'Enrol anyway (override)',
    justification: 'Justification of the override',
    justificationHint:
      'Explain why the person should be enrolled despite the failed rules. This is kept in the file and the audit log.',
    openFile: 'Open the file',
    skip: 'Finish without enrolling',
  },
  source: {
    partner_referral: 'Referral by a partner',
    outreach_event: 'Outreach event',
    walk_in: 'Walk-in',
    web_form: 'Web form',
    other: 'Other',
  },
  languageScale: {
    cefr: 'CEFR (Europe)',
    clb: 'CLB (Canada, English)',
    nclc: 'NCLC (Canada, French)',
  },
  languageSkill: {
    overall: 'Overall',
    listening: 'Listening',
    speaking: 'Speaking',
    reading: 'Reading',
    writing: 'Writing',
  },
  /** The scale's acronym after a level in a table: "C1 (CEFR)". */
  languageScaleShort: {
    cefr: 'CEFR',
    clb: 'CLB',
    nclc: 'NCLC',
  },
  /** The CEFR's names of its levels, as the Council of Europe gives them in each language. */
  cefrLevelName: {
    A1: 'Breakthrough',
    A2: 'Waystage',
    B1: 'Threshold',
    B2: 'Vantage',
    C1: 'Effective operational proficiency',
    C2: 'Mastery',
  },
  cefrBand: {
    'Basic User': 'Basic user',
    'Independent User': 'Independent user',
    'Proficient User': 'Proficient user',
  },
  clbStage: {
    I: 'Stage I, basic ability',
    II: 'Stage II, intermediate ability',
    III: 'Stage III, advanced ability',
  },
  languageLevel: {
    A1: 'A1 — beginner',
    A2: 'A2 — elementary',
    B1: 'B1 — intermediate',
    B2: 'B2 — upper intermediate',
    C1: 'C1 — advanced',
    C2: 'C2 — proficient',
    native: 'Native language',
  },
  educationLevel: {
    none: 'No schooling',
    primary: 'Primary school',
    secondary: 'Secondary school',
    vocational: 'Vocational training',
    bachelor: "Bachelor's degree",
    master: "Master's degree",
    doctorate: 'Doctorate',
  },
  ruleKind: {
    maxAge: 'Maximum age',
    minAge: 'Minimum age',
    allowedStatuses: 'Allowed statuses',
    excludedStatuses: 'Excluded statuses',
    minMonthsSinceAsylumApplication: 'Time since the asylum application',
    maxYearsSinceArrival: 'Time since arrival',
    foreignDegreeRequired: 'Degree obtained abroad',
    residence: 'Place of residence',
    anyOf: 'Any of these rules',
    allOf: 'All of these rules',
  },
  ruleField: {
    years: 'Years',
    months: 'Months',
    inclusive: 'The limit age itself is allowed (“N or younger” rather than “under N”)',
    strictMore: 'Strictly more than (“more than N months” rather than “N months or more”)',
    strictLess: 'Strictly less than (“less than N years” rather than “N years or less”)',
    statuses: 'Statuses',
    countries: 'Countries (ISO codes, comma-separated)',
    regions: 'Regions (comma-separated)',
    cities: 'Cities (comma-separated)',
    addRule: 'Add a rule',
  },
  programStatus: { draft: 'Draft', active: 'Open', closed: 'Closed' },
  countingUnit: { person: 'counted in persons', household: 'counted in households' },
  targetUnit: { person: 'persons', household: 'households' },
  barrier: {
    language: 'Language',
    housing: 'Housing',
    child_care: 'Child care',
    mobility: 'Mobility',
    health: 'Health',
    digital: 'Digital skills',
    administrative: 'Administrative',
    other: 'Other',
  },
  barrierStatus: { identified: 'Identified', being_addressed: 'Being addressed', resolved: 'Resolved' },
  relation: {
    spouse: 'Spouse',
    child: 'Child',
    parent: 'Parent',
    sibling: 'Brother or sister',
    other: 'Other',
  },
  consentPurpose: {
    program_data_processing: 'Processing of data for the program',
    sharing_with_partners: 'Sharing with partner organizations',
    contacting_employers: 'Contacting employers',
    receiving_messages: 'Receiving messages from the organization by e-mail',
    funder_reporting: 'Anonymous reporting to funders',
  },
  programs: {
    title: 'Programs',
    intro: 'Programs run by {{organization}}, their eligibility rules, targets and referents.',
    empty: 'No program yet.',
    unavailable: 'The programs service is not available on this server yet.',
    open: 'Open',
    referents: 'Referents',
    noReferents: 'No referent named yet.',
    targets: 'Targets',
    noTargets: 'No target set.',
    targetsCaption: 'Targets by scope and period',
    scope: 'Scope',
    target: 'Target',
    actual: 'Actual',
    unit: 'Unit',
    period: 'Period',
    total: 'Whole program',
    progress: 'Progress against targets',
    noProgress: 'No figure yet.',
    progressCaption: 'Actual figures and targets',
    rate: 'Achieved',
    periodStart: 'Start',
    periodEnd: 'End',
    addTarget: 'Add a target',
    noReferentYet: 'no referent yet',
    referentFor: 'Referent for {{organization}}',
  },
  tasks: tasksEn,
  sharing: sharingEn,
  duplicates: duplicatesEn,
  peopleImport: peopleImportEn,
  caseloadActions: caseloadActionsEn,
  home: homeEn,
  exports: exportsEn,
  targets: targetsEn,
} as const;

/**
 * The areas: texts fetched with the pages that use them, each a chunk of its own per language (see
 * src/web/i18n/areas.ts); imported here as types only, so that the core's chunk does not import them.
 */
type EnAreas = {
  loanFund: typeof loanFundEn;
  sessions: typeof sessionsEn;
  plans: typeof plansEn;
  followUp: typeof followUpEn;
  documents: typeof documentsEn;
  timeline: typeof timelineEn;
  overview: typeof personOverviewEn;
  agenda: typeof agendaEn;
  accountSecurity: typeof accountSecurityEn;
  staffLifecycle: typeof staffLifecycleEn;
  privacy: typeof privacyEn;
  employers: typeof employersEn;
  offers: typeof offersEn;
  applications: typeof applicationsEn;
  placements: typeof placementsEn;
  immersions: typeof immersionsEn;
  matching: typeof matchingEn;
  outcomes: typeof outcomesEn;
  outcomeFigures: typeof outcomeFiguresEn;
  households: typeof householdsEn;
  reports: typeof reportsEn;
  recognition: typeof recognitionEn;
  outreach: typeof outreachEn;
  referrals: typeof referralsEn;
  handoffs: typeof handoffsEn;
  relocationAid: typeof relocationAidEn;
  relocationPlans: typeof relocationPlansEn;
  moves: typeof movesEn;
  stays: typeof staysEn;
  meetings: typeof meetingsEn;
  network: typeof networkEn;
  frontDoor: typeof frontDoorEn;
};

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** Every interface text, core and areas: the English shape is the contract every other language follows. */
export type Messages = Widen<typeof enCore & EnAreas>;
export type LazyArea = keyof EnAreas;
export type CoreMessages = Omit<Messages, LazyArea>;
type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };
export type PartialMessages = DeepPartial<Messages>;
