import { onDay, type TimelinePublisher } from '../../../core/timeline/timeline.js';

export type LoanTimelineKind =
  | 'loan.application_filed'
  | 'loan.decided'
  | 'loan.disbursed'
  | 'loan.restructured'
  | 'loan.repaid'
  | 'loan.written_off';

/**
 * Tells the borrower's timeline what happened to their loan, on the day it happened. Amounts stay in
 * the loan's own pages, where the fund's roles read them: the timeline says what, not how much.
 */
export function publishLoanEvent(
  timeline: TimelinePublisher,
  subject: { borrowerOrganizationId: string; personId: string; reference: string; fundName: string },
  event: {
    kind: LoanTimelineKind;
    on: string;
    resource: { type: 'loan' | 'loan_application'; id: string };
    recordedBy: string;
    data?: Record<string, string | number>;
  },
): Promise<void> {
  return timeline.publish({
    organizationId: subject.borrowerOrganizationId,
    personId: subject.personId,
    ...onDay(event.on),
    module: 'loan-fund',
    kind: event.kind,
    resourceType: event.resource.type,
    resourceId: event.resource.id,
    data: { reference: subject.reference, fund: subject.fundName, ...event.data },
    recordedBy: event.recordedBy,
  });
}
