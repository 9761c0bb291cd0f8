/** English texts of hand-offs of the accompaniment between organizations: an area of its own. */
export const handoffsEn = {
  title: 'Hand-offs',
  intro:
    'People another organization hands over to yours, and those yours handed over: who takes over, who follows them meanwhile.',
  directionLabel: 'Hand-offs shown',
  direction: { received: 'Received', sent: 'Sent' },
  statusLabel: 'State',
  statusFilter: { open: 'Waiting for an answer', decided: 'Decided', all: 'All' },
  listLabel: 'Hand-offs',
  empty: 'No hand-off here.',
  columns: {
    person: 'Person',
    from: 'From',
    to: 'To',
    program: 'Program carried on',
    reason: 'Why',
    proposedAt: 'Proposed',
    status: 'State',
    actions: 'Actions',
  },
  unnamed: 'Person no longer shared',
  noProgram: 'None',
  status: {
    proposed: 'Waiting for an answer',
    accepted: 'Taken over',
    declined: 'Declined',
    withdrawn: 'Withdrawn',
  },
  reason: {
    moved_to_region: 'Moved to another region',
    closer_to_home: 'Closer to where they live',
    specialised_service: 'A more suitable service',
    program_rules: 'The program’s rules',
    other: 'Other reason',
  },
  declineReason: {
    not_our_area: 'Not our area',
    no_capacity: 'No capacity now',
    not_eligible: 'Not eligible with us',
    person_unreachable: 'Person unreachable',
    other: 'Other reason',
  },
  section: {
    title: 'Hand-off to another organization',
    intro:
      'When another organization takes over (after a move, for a service closer to the person), propose it here. You keep following the person until they accept.',
    propose: 'Hand off the accompaniment',
    proposed:
      'Proposed to {{organization}} on {{date}} by {{name}}: waiting for their answer. You follow the person until then.',
    accepted: 'Handed over to {{organization}} on {{date}}; followed there by {{referent}}.',
    declined: '{{organization}} declined on {{date}}: {{reason}}.',
    withdrawn: 'Proposal to {{organization}} withdrawn on {{date}}.',
    received: 'Taken over from {{organization}} on {{date}}.',
    readShared: 'Read what {{organization}} shares of the file',
    note: 'Their note: {{note}}',
    message: 'Message: {{message}}',
    withdraw: 'Withdraw the proposal',
    withdrawn_done: 'Proposal withdrawn.',
  },
  banner: {
    proposed: 'Hand-off to {{organization}} waiting for an answer since {{date}}.',
    accepted: 'Accompaniment handed over to {{organization}} on {{date}}.',
  },
  form: {
    title: 'Hand off the accompaniment',
    receiver: 'Organization that takes over',
    receiverHint: 'A member of your consortia. The person’s consent must name it and cover their identity.',
    suggestedNotConsented:
      'The person’s consent does not name the regional partner chosen on the move yet: record their consent to share with it (Consents tab) before proposing the hand-off to it.',
    noPartner: 'Your organization is in no consortium: there is nobody to hand over to on the platform.',
    reason: 'Why',
    enrolment: 'Program enrolment carried on',
    enrolmentHint:
      'The organization that takes over carries the enrolment on; the person does not count twice.',
    noEnrolment: 'None: the person is not carried on in a program',
    message: 'What they should know to take over',
    submit: 'Propose the hand-off',
    done: 'Hand-off proposed to {{organization}}.',
    consentTab: 'Record the consent in the file',
    householdMembers: 'Members of the household who go too',
    householdMembersHint:
      'Each needs their own consent naming this organization and covering their identity. The household is formed again there around the same main contact.',
  },
  accept: {
    title: 'Take over {{name}}',
    intro:
      'A referent of your organization follows the person from now on. A file is opened here with who they are and how to reach them; their history stays with {{organization}}, readable while the consent allows.',
    referent: 'Referent who takes over',
    existing: 'We already have a file for this person',
    existingFile: 'Our file',
    existingPlaceholder: 'Search our caseload by name',
    submit: 'Take over',
    done: 'You now follow this person.',
    openFile: 'Open the file',
    action: 'Take over',
  },
  decline: {
    title: 'Decline the hand-off of {{name}}',
    reason: 'Reason',
    note: 'Note for {{organization}}',
    submit: 'Decline',
    done: 'Hand-off declined: {{organization}} keeps following the person.',
    action: 'Decline',
  },
  relation: {
    main: 'main contact',
    spouse: 'spouse',
    child: 'child',
    parent: 'parent',
    sibling: 'sibling',
    other: 'other',
  },
  withHousehold: 'With: {{names}}',
  memberUnnamed: 'a member no longer shared',
  acceptHousehold:
    'The members of the household handed over with them are taken over too, each in a file of yours with the same referent, and the household is formed again here: {{names}}.',
  endReason: 'Handed over to another organization',
  person: 'Person handed over',
};

/** Labels of the hand-off events on a person's timeline. */
export const handoffsTimelineKindsEn = {
  handoff_proposed: 'Hand-off of the accompaniment proposed to {{organizationName}}',
  handoff_withdrawn: 'Hand-off to {{organizationName}} withdrawn',
  handoff_declined: '{{organizationName}} declined the hand-off of the accompaniment',
  handoff_accepted: 'Accompaniment taken over by {{organizationName}}',
  handoff_received: 'Accompaniment taken over from {{organizationName}}',
};
