import { systemContext } from '../../src/core/auth/actor.js';
import { fixedClock } from '../../src/core/clock.js';
import { proposeApplication } from '../../src/modules/applications/use-cases/propose-application.js';
import { saveView } from '../../src/modules/caseload/use-cases/save-view.js';
import { uploadDocument } from '../../src/modules/documents/use-cases/upload-document.js';
import { addCommitment } from '../../src/modules/employers/use-cases/add-commitment.js';
import { addContact } from '../../src/modules/employers/use-cases/add-contact.js';
import { addSite } from '../../src/modules/employers/use-cases/add-site.js';
import { createEmployer } from '../../src/modules/employers/use-cases/create-employer.js';
import { setFrontDoorSettings } from '../../src/modules/front-door/use-cases/front-door-settings.js';
import { submitFrontDoorRequest } from '../../src/modules/front-door/use-cases/submit-request.js';
import { proposeHandoff } from '../../src/modules/handoffs/use-cases/propose-handoff.js';
import { createImmersion } from '../../src/modules/immersions/use-cases/create-immersion.js';
import { recordPayment } from '../../src/modules/loan-fund/use-cases/record-payment.js';
import { addAction } from '../../src/modules/meetings/use-cases/add-action.js';
import { createMeeting } from '../../src/modules/meetings/use-cases/create-meeting.js';
import { recordMove } from '../../src/modules/moves/use-cases/record-move.js';
import { addContact as addNetworkContact } from '../../src/modules/network/use-cases/add-contact.js';
import { addSubscriber } from '../../src/modules/network/use-cases/add-subscriber.js';
import { createConvening } from '../../src/modules/network/use-cases/create-convening.js';
import { createPartner } from '../../src/modules/network/use-cases/create-partner.js';
import { registerForConvening } from '../../src/modules/network/use-cases/register-for-convening.js';
import { createOffer } from '../../src/modules/offers/use-cases/create-offer.js';
import { personExits } from '../../src/modules/outcomes/use-cases/person-exits.js';
import { recordExit } from '../../src/modules/outcomes/use-cases/record-exit.js';
import { recordLead } from '../../src/modules/outreach/use-cases/record-lead.js';
import { addHouseholdMember } from '../../src/modules/people/use-cases/add-household-member.js';
import { addPersonItem } from '../../src/modules/people/use-cases/add-person-item.js';
import { formHousehold } from '../../src/modules/people/use-cases/form-household.js';
import { recordPlacement } from '../../src/modules/placements/use-cases/record-placement.js';
import { addGoal } from '../../src/modules/plans/use-cases/add-goal.js';
import { addStep } from '../../src/modules/plans/use-cases/add-step.js';
import { createPlan } from '../../src/modules/plans/use-cases/create-plan.js';
import { rekeyOpenEnrolments } from '../../src/modules/programs/api.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import { enrolPerson } from '../../src/modules/programs/use-cases/enrol-person.js';
import { personEnrolments } from '../../src/modules/programs/use-cases/person-enrolments.js';
import { createPathway } from '../../src/modules/recognition/use-cases/create-pathway.js';
import { openRecognitionCase } from '../../src/modules/recognition/use-cases/open-case.js';
import { createService } from '../../src/modules/referrals/use-cases/create-service.js';
import { sendReferral } from '../../src/modules/referrals/use-cases/send-referral.js';
import { addProgrammeItem } from '../../src/modules/regions/use-cases/add-programme-item.js';
import { addStayCost } from '../../src/modules/regions/use-cases/add-stay-cost.js';
import { addCoverage } from '../../src/modules/regions/use-cases/manage-coverage.js';
import { planStay } from '../../src/modules/regions/use-cases/plan-stay.js';
import { fileAidRequest } from '../../src/modules/relocation-aid/use-cases/file-aid-request.js';
import { copyReportTemplate } from '../../src/modules/reports/use-cases/edit-templates.js';
import { queueReportFile } from '../../src/modules/reports/use-cases/report-files.js';
import { createReportSubscription } from '../../src/modules/reports/use-cases/subscriptions.js';
import { createSessionType } from '../../src/modules/sessions/use-cases/create-session-type.js';
import { enrolParticipant } from '../../src/modules/sessions/use-cases/enrol-participant.js';
import { getSeries } from '../../src/modules/sessions/use-cases/get-series.js';
import { listSignupRequests } from '../../src/modules/sessions/use-cases/list-signup-requests.js';
import { planSeries } from '../../src/modules/sessions/use-cases/plan-series.js';
import { signUpForInfoSession } from '../../src/modules/sessions/use-cases/sign-up-for-info-session.js';
import { createTask } from '../../src/modules/tasks/use-cases/create-task.js';
import { givenConsortium, givenOrganization } from './fixtures.js';
import { givenAppointment, givenFollowUpScene, givenNote } from './follow-up-scene.js';
import { givenLoanFundScene } from './loan-fund-scene.js';
import type { TestDatabase } from './test-database.js';

/**
 * One real record of every kind a route names by id, each kept under the path segment that precedes
 * its id in the routes (`/api/loans/:id/payments/:paymentId` → `loans`, then `payments`). None is open
 * to other organizations: a stranger must find each of them exactly as it finds a random id.
 */
export async function givenEveryRecord(database: TestDatabase): Promise<Record<string, string>> {
  const clock = fixedClock('2026-03-02T12:00:00Z');
  const scene = await givenFollowUpScene(database, clock);
  const { deps, staff, organization } = scene;
  const personId = await scene.newPerson('Amina', { enrolledOn: '2026-02-01' });
  const add = (item: Parameters<ReturnType<typeof addPersonItem>>[1]['item']) =>
    addPersonItem(deps)(staff.counselor, { personId, item });
  const language = await add({ kind: 'language', data: { language: 'fr', scale: 'cefr', level: 'A2' } });
  const barrier = await add({ kind: 'barrier', data: { category: 'housing', identifiedOn: '2026-02-01' } });
  const consent = await add({
    kind: 'consent',
    data: { purpose: 'program_data_processing', givenOn: '2026-02-01' },
  });
  const otherPersonId = await scene.newPerson('Karim');
  const enrolment = await enrolPerson(deps)(staff.counselor, {
    programId: scene.programId,
    personId: otherPersonId,
    intake: { source: 'walk_in' },
  });
  const document = await uploadDocument(deps)(staff.counselor, {
    personId,
    type: 'cv',
    title: 'CV',
    fileName: 'cv.pdf',
    content: Buffer.from('%PDF-1.4\n%scene\n'),
  });
  const appointment = await givenAppointment(database, {
    organizationId: organization.id,
    personId,
    startsAt: '2026-02-20T10:00:00Z',
    status: 'held',
    staffUserId: staff.counselor.actor.userId,
  });
  const note = await givenNote(database, {
    organizationId: organization.id,
    personId,
    occurredAt: '2026-02-20T10:00:00Z',
    kind: 'individual_interview',
    authorUserId: staff.counselor.actor.userId,
  });
  const plan = await createPlan(deps)(staff.counselor, { personId, language: 'fr' });
  const goal = await addGoal(deps)(staff.counselor, {
    planId: plan.id,
    kind: 'language_level',
    title: 'Reach B1',
  });
  const step = await addStep(deps)(staff.counselor, { goalId: goal.id, title: 'Enrol', actor: 'person' });

  const classType = await createSessionType(deps)(staff.coordinator, {
    code: 'FLE-A2',
    nameFr: 'Français A2',
    nameEn: 'French A2',
    kind: 'language_class',
    audience: 'beneficiaries',
    language: 'fr',
    durationMinutes: 120,
    capacity: 10,
    mode: 'in_person',
    attestationRule: { minAttendancePercent: 80, requireCompleteRollCall: true },
  });
  const series = await planSeries(deps)(staff.coordinator, {
    sessionTypeId: classType.id,
    title: 'French A2',
    openness: 'organization',
    meetings: [{ startsAt: '2026-02-23T09:00:00Z' }, { startsAt: '2026-03-09T09:00:00Z' }],
  });
  const meetingId = (await getSeries(deps)(staff.coordinator, { seriesId: series.id })).meetingsList[0]!.id;
  const seat = await enrolParticipant(deps)(staff.counselor, { seriesId: series.id, personId });

  const infoType = await createSessionType(deps)(staff.coordinator, {
    code: 'INFO',
    nameFr: 'Réunion d’information',
    nameEn: 'Information session',
    kind: 'info_session',
    audience: 'beneficiaries',
    language: 'fr',
    durationMinutes: 90,
    mode: 'virtual',
  });
  const plan2 = (openness: 'public' | 'organization') =>
    planSeries(deps)(staff.coordinator, {
      sessionTypeId: infoType.id,
      title: `Info ${openness}`,
      openness,
      capacity: 20,
      meetings: [{ startsAt: '2026-03-10T17:00:00Z' }],
    });
  const publicInfo = await plan2('public');
  // An information session kept to its organization: the public sign-up must not tell it from none.
  const internalInfo = await plan2('organization');
  await signUpForInfoSession(deps)(
    { actor: null, requestId: 'scene', locale: 'fr', ip: null },
    {
      seriesId: publicInfo.id,
      givenName: 'Nadia',
      familyName: 'Benali',
      email: 'nadia@example.test',
      preferredLanguage: 'fr',
      consent: true,
    },
  );
  const requests = await listSignupRequests(deps)(staff.coordinator, { seriesId: publicInfo.id });

  const loans = await givenLoanFundScene(database);
  const { loanId } = await loans.givenActiveLoan();
  const paid = await recordPayment(loans.deps)(loans.staff.referent, {
    loanId,
    idempotencyKey: 'scene-payment-1',
    amountCents: 10_000,
    receivedOn: '2026-03-01',
    method: 'check',
  });
  const loan = await loans.deps.db
    .selectFrom('loans')
    .select('application_id')
    .where('id', '=', loanId)
    .executeTakeFirstOrThrow();

  const view = await saveView(deps)(staff.counselor, { name: 'My people', shared: true, filters: {} });
  // A person met at an outreach event, before any file.
  // A request through the front door of a consortium program the organization coordinates.
  const doorConsortium = await givenConsortium(database.db, organization.id, [organization.id]);
  const doorProgram = await createProgram(deps)(systemContext(), {
    ownerOrganizationId: organization.id,
    consortiumId: doorConsortium.id,
    code: 'FRONT-DOOR',
    nameFr: 'Porte d’entrée',
    nameEn: 'Front door',
    countingUnit: 'household',
    status: 'active',
    rules: [],
  });
  await setFrontDoorSettings(deps)(systemContext(), {
    programId: doorProgram.id,
    body: { slug: 'every-record-door', open: true, receivingOrganizationIds: [organization.id], rules: [] },
  });
  await submitFrontDoorRequest(deps)(
    { actor: null, requestId: 'scene', locale: 'fr', ip: null },
    {
      slug: 'every-record-door',
      body: {
        language: 'fr',
        givenName: 'Yasmine',
        email: 'yasmine@example.test',
        residence: { country: 'MA', city: 'Rabat' },
        languages: [],
        regionsSought: [],
        anyRegion: true,
        communityKinds: [],
        communityNeeds: [],
        household: [],
        consent: true,
      },
    },
  );
  const frontDoorRequest = await database.db
    .selectFrom('front_door_requests')
    .select('id')
    .where('program_id', '=', doorProgram.id)
    .executeTakeFirstOrThrow();
  const lead = await recordLead(deps)(staff.counselor, {
    metOn: '2026-01-12',
    source: 'outreach_event',
    eventName: 'Forum emploi',
    givenName: 'Samir',
    phone: '+33 6 12 34 56 78',
  });
  // A service of the organization's partner directory (not shared), and Amina referred to it.
  const referralService = await createService(deps)(staff.counselor, {
    name: 'Cours de FLE',
    kind: 'language_class',
  });
  const referral = await sendReferral(deps)(staff.counselor, {
    personId,
    serviceId: referralService.id,
    purpose: 'language_class',
  });
  // The partner network: a partner not shared with any consortium and its contact, a convening closed
  // to public registration (its public page answers 404 like a random id) with a registration, a subscriber.
  const networkPartner = await createPartner(deps)(staff.coordinator, {
    name: 'Cégep Garneau',
    kind: 'school',
  });
  const networkContact = await addNetworkContact(deps)(staff.coordinator, {
    partnerId: networkPartner.id,
    body: { name: 'Léa Roy' },
  });
  const convening = await createConvening(deps)(staff.coordinator, {
    title: 'Forum des partenaires',
    startsAt: '2026-09-15T13:00:00Z',
  });
  const registration = await registerForConvening(deps)(staff.coordinator, {
    conveningId: convening.id,
    body: { contactId: networkContact.id },
  });
  const subscriber = await addSubscriber(deps)(staff.coordinator, {
    email: 'lea.roy@example.org',
    consentedOn: '2026-01-05',
    consentSource: 'event',
    consentWording: 'Oui',
  });
  const task = await createTask(deps)(staff.counselor, {
    title: 'Call Amina',
    dueOn: '2026-03-05',
    personId,
  });
  // An employer of the organization, not shared with any consortium, and what hangs on it.
  const employer = await createEmployer(deps)(staff.counselor, { name: 'Clinique Pasteur', country: 'FR' });
  const site = await addSite(deps)(staff.counselor, {
    employerId: employer.id,
    name: 'Siège',
    city: 'Toulouse',
  });
  const employerContact = await addContact(deps)(staff.counselor, {
    employerId: employer.id,
    givenName: 'Claire',
    familyName: 'Dumas',
    role: 'hr',
  });
  const commitment = await addCommitment(deps)(staff.counselor, {
    employerId: employer.id,
    commitment: { kind: 'pathway', field: 'health_care', madeOn: '2026-02-01' },
  });
  const offer = await createOffer(deps)(staff.counselor, {
    employerId: employer.id,
    siteId: site.id,
    title: 'Aide-soignant·e',
    contractType: 'cdi',
  });
  const placement = await recordPlacement(deps)(staff.counselor, {
    personId,
    employerId: employer.id,
    siteId: site.id,
    offerId: offer.id,
    jobTitle: 'Aide-soignant·e',
    contractType: 'cdi',
    startsOn: '2026-03-16',
  });
  const application = await proposeApplication(deps)(staff.counselor, { personId, offerId: offer.id });
  const immersion = await createImmersion(deps)(staff.counselor, {
    personId,
    kind: 'pmsmp',
    employerId: employer.id,
    siteId: site.id,
    tutorContactId: employerContact.id,
    startsOn: '2026-03-09',
    endsOn: '2026-03-13',
    plannedHours: 35,
    objectives: 'Découvrir le métier d’aide-soignant·e',
  });

  // A recognition pathway of the organization's catalogue (shared with no partner: it has no consortium)
  // and Amina's case on it.
  const pathway = await createPathway(deps)(staff.coordinator, {
    occupation: { scheme: 'rome', code: 'J1501' },
    jurisdiction: 'FR',
    regulated: true,
    firstVersion: {
      effectiveOn: '2026-01-01',
      steps: [{ kind: 'exam', labelFr: 'Épreuve', labelEn: 'Exam', currency: 'EUR' }],
    },
  });
  const recognitionCase = await openRecognitionCase(deps)(staff.counselor, {
    personId,
    pathwayId: pathway.id,
    startedOn: '2026-02-02',
  });

  // A second person who left the program, with the exit and its follow-ups after exit.
  const leaverId = await scene.newPerson('Bilal', { enrolledOn: '2026-01-05' });
  const leaverEnrolment = (await personEnrolments(deps)(staff.counselor, { personId: leaverId })).items[0];
  const exit = await recordExit(deps)(staff.counselor, {
    enrolmentId: leaverEnrolment?.id as string,
    outcome: 'permanent_contract',
    exitOn: '2026-02-27',
    evidence: { kind: 'declaration' },
  });
  const exitFollowUp = (await personExits(deps)(staff.counselor, { personId: leaverId, language: 'fr' }))
    .followUps[0];

  const reportFile = await queueReportFile(deps)(staff.coordinator, {
    programId: scene.programId,
    template: 'impulser_steering',
    format: 'csv',
  });
  const reportSubscription = await createReportSubscription(deps)(staff.coordinator, {
    programId: scene.programId,
    template: 'impulser_steering',
    cadence: 'monthly',
    recipients: [staff.coordinator.actor.userId],
    language: 'fr',
  });

  // Amina's household, Karim in it: its members are files of the organization.
  const { householdId } = await formHousehold(rekeyOpenEnrolments)(deps)(staff.counselor, { personId });
  await addHouseholdMember(rekeyOpenEnrolments)(deps)(staff.counselor, {
    householdId,
    personId: otherPersonId,
    relation: 'spouse',
  });
  // A copy of a report template saved by the organization for its program.
  const reportTemplate = await copyReportTemplate(deps)(staff.coordinator, {
    programId: scene.programId,
    from: 'impulser_steering',
  });

  // A steering meeting of a consortium the organization coordinates, and an action it decided.
  const steeredMember = await givenOrganization(database.db, { name: 'Chantier d’insertion' });
  const steered = await givenConsortium(database.db, organization.id, [steeredMember.id]);
  const steering = {
    ...staff.coordinator,
    actor: { ...staff.coordinator.actor, coordinatedConsortiumIds: [steered.id] },
  };
  const meeting = await createMeeting(deps)(steering, {
    consortiumId: steered.id,
    kind: 'steering',
    title: 'Comité de pilotage',
    startsAt: '2026-03-03T09:30:00+01:00',
    agenda: ['Chiffres du mois'],
    invitedOrganizationIds: [steeredMember.id],
  });
  const meetingAction = await addAction(deps)(steering, {
    meetingId: meeting.id,
    title: 'Envoyer la liste des postes',
    ownerOrganizationId: steeredMember.id,
  });
  // Karim, who moves away: a hand-off proposed to a partner his consent names.
  await addPersonItem(deps)(staff.counselor, {
    personId: otherPersonId,
    item: {
      kind: 'consent',
      data: {
        purpose: 'sharing_with_partners',
        partnerOrganizationIds: [steeredMember.id],
        covers: ['identity'],
        givenOn: '2026-01-05',
      },
    },
  });
  const handoff = await proposeHandoff(deps)(staff.counselor, {
    personId: otherPersonId,
    receiverOrganizationId: steeredMember.id,
    reason: 'moved_to_region',
  });

  // Amina's household on an exploratory stay in Abitibi-Témiscamingue, hosted by the consortium's
  // partner covering it, with a programme item and a cost (issue 17).
  await addCoverage(deps)(steering, {
    consortiumId: steered.id,
    organizationId: steeredMember.id,
    regionCountry: 'CA',
    regionCode: '08',
  });
  const stay = await planStay(deps)(
    { ...staff.counselor, actor: { ...staff.counselor.actor, consortiumIds: [steered.id] } },
    {
      personId,
      regionCountry: 'CA',
      regionCode: '08',
      hostOrganizationId: steeredMember.id,
      startsOn: '2026-04-06',
      endsOn: '2026-04-08',
      travellerPersonIds: [personId, otherPersonId],
    },
  );
  const stayItem = await addProgrammeItem(deps)(staff.counselor, {
    stayId: stay.id,
    day: '2026-04-07',
    kind: 'housing_visit',
    description: 'Visite d’un logement à Rouyn-Noranda',
  });
  const stayCost = await addStayCost(deps)(staff.counselor, {
    stayId: stay.id,
    kind: 'transport',
    amountCents: 18_950,
    paidBy: 'program',
  });

  // A relocation aid request on Amina's file, waiting for its decision (issue 17).
  const aidRequest = await fileAidRequest(deps)(staff.counselor, {
    personId,
    programId: scene.programId,
    purpose: 'move',
    regionCode: '08',
    lines: [{ kind: 'move_company', amountCents: 50_000 }],
  });

  // A move of Amina's household to Abitibi (issue 17).
  const move = await recordMove(deps)(staff.counselor, {
    personId,
    movedOn: '2026-02-20',
    destination: { country: 'CA', code: '6128577' },
    housing: 'rented',
    activity: 'job',
  });

  return {
    handoffs: handoff.id,
    moves: move.id,
    stays: stay.id,
    programme: stayItem.id,
    costs: stayCost.id,
    'relocation-aid-requests': aidRequest.id,
    meetings: meeting.id,
    'meeting-actions': meetingAction.id,
    households: householdId,
    members: otherPersonId,
    'report-templates': reportTemplate.ref,
    reports: reportTemplate.ref,
    exits: exit.id,
    'exit-follow-ups': exitFollowUp?.id as string,
    people: personId,
    items: language.id,
    barriers: barrier.id,
    consents: consent.id,
    enrolments: enrolment.id,
    programs: scene.programId,
    documents: document.id,
    appointments: appointment,
    'follow-up-notes': note,
    plans: plan.id,
    'plan-goals': goal.id,
    'plan-steps': step.id,
    sessions: series.id,
    'session-meetings': meetingId,
    'session-enrolments': seat.id,
    'info-sessions': internalInfo.id,
    'session-signup-requests': requests.items[0]!.id,
    staff: staff.counselor.actor.userId,
    'loan-funds': loans.fundId,
    'loan-applications': loan.application_id,
    loans: loanId,
    payments: paid.paymentId,
    views: view.id,
    tasks: task.id,
    leads: lead.id,
    requests: frontDoorRequest.id,
    partners: networkPartner.id,
    'partner-contacts': networkContact.id,
    convenings: convening.id,
    'convening-registrations': registration.id,
    subscribers: subscriber.id,
    referrals: referral.id,
    'referral-services': referralService.id,
    employers: employer.id,
    sites: site.id,
    contacts: employerContact.id,
    commitments: commitment.id,
    offers: offer.id,
    placements: placement.id,
    applications: application.id,
    immersions: immersion.id,
    pathways: pathway.id,
    cases: recognitionCase.id,
    'case-steps': recognitionCase.steps[0]!.id,
    'report-files': reportFile.id,
    'report-subscriptions': reportSubscription.id,
    // Amina's file, which no consent shares with anyone: a stranger finds it as it finds a random id.
    'shared-people': personId,
  };
}
