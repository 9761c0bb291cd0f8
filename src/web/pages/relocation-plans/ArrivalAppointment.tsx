import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstAppointmentDay } from '../../../modules/relocation-plans/domain/plan-rules.js';
import { useRefreshRelocationPlan } from '../../api/relocation-plans.js';
import { formatDate } from '../../format.js';
import { Dialog } from '../follow-up/AppointmentDialogs.js';
import { AppointmentForm } from '../follow-up/AppointmentForm.js';

/** When the form opens: the organization's wall clock, mid-morning. */
const offeredTime = '10:00';

/**
 * Books the first appointment of the arrival week from the pre-departure track: the follow-up
 * module's appointment form in a dialog, on the day after the arrival (a weekday) at 10:00 of the
 * organization's clock; once booked or closed, the readiness is read again.
 */
export function ArrivalAppointment({
  personId,
  arrivalWeek,
}: {
  personId: string;
  arrivalWeek: { from: string; to: string };
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const refresh = useRefreshRelocationPlan();
  const close = () => {
    setOpen(false);
    void refresh();
  };
  return (
    <>
      <Button size="xs" variant="light" w="fit-content" onClick={() => setOpen(true)}>
        {t('relocationPlans.predeparture.book')}
      </Button>
      {open ? (
        <Dialog
          title={t('relocationPlans.predeparture.bookTitle', {
            from: formatDate(arrivalWeek.from),
            to: formatDate(arrivalWeek.to),
          })}
          onClose={close}
        >
          <AppointmentForm
            personId={personId}
            initialStartsAt={`${firstAppointmentDay(arrivalWeek.from)}T${offeredTime}`}
            onDone={close}
          />
        </Dialog>
      ) : null}
    </>
  );
}
