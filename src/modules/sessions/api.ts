/** What other modules may ask of the sessions module. They never read its tables. */

export { attendanceOfPeople } from './adapters/report-attendance-repository.js';
export * as sessionsPersonData from './person-data.js';
export { seriesForExport } from './series-export.js';
export { enrolPersonWithin } from './use-cases/enrol-person-within.js';
export { type JobVisit, personJobVisits } from './use-cases/person-job-visits.js';
export { sessionStaffRoles as sessionEnrolmentRoles } from './use-cases/session-access.js';
