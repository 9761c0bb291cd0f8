import { Alert, Button, Checkbox, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { defaultPredepartureDocuments } from '../../../modules/relocation-plans/domain/plan-rules.js';
import type { RelocationPlanRead } from '../../api/relocation-plans.js';
import { CountrySelect } from '../../components/CountrySelect.js';
import { formatDate, formatDateTime } from '../../format.js';
import { ArrivalAppointment } from './ArrivalAppointment.js';
import type { PlanForm } from './plan-form.js';
import { RemoteSessions } from './RemoteSessions.js';
import { TimeZoneSelect } from './TimeZoneSelect.js';
import { inZone } from './zoned-time.js';

type Setter = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) => void;

/**
 * The pre-departure track of a CSQ holder still abroad: where they are and their time zone, the
 * planned arrival day, the documents to prepare and whether they are ready (a first appointment
 * booked in the arrival week, shown in both zones, booked from here), and their remote sessions.
 */
export function PredeparturePanel({
  personId,
  form,
  set,
  read,
}: {
  personId: string;
  form: PlanForm;
  set: Setter;
  read: RelocationPlanRead;
}) {
  const { t } = useTranslation();
  const readiness = read.predeparture;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="relocation-predeparture">
      <Title order={3} size="h5" id="relocation-predeparture" mb="xs">
        {t('relocationPlans.predeparture.title')}
      </Title>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <CountrySelect
            label={t('relocationPlans.predeparture.country')}
            value={form.abroadCountry ?? ''}
            onChange={(code) => set('abroadCountry', code || null)}
          />
          <TimeZoneSelect
            value={form.abroadTimeZone ?? null}
            onChange={(zone) => set('abroadTimeZone', zone)}
          />
          <TextInput
            type="date"
            label={t('relocationPlans.predeparture.arrival')}
            value={form.plannedArrivalOn ?? ''}
            onChange={(e) => set('plannedArrivalOn', e.currentTarget.value || null)}
          />
        </SimpleGrid>
        <Text size="sm" fw={500}>
          {t('relocationPlans.predeparture.documents')}
        </Text>
        {form.predepartureDocuments.length === 0 ? (
          <div>
            <Button
              size="xs"
              variant="light"
              onClick={() => set('predepartureDocuments', defaultPredepartureDocuments())}
            >
              {t('relocationPlans.predeparture.startChecklist')}
            </Button>
          </div>
        ) : (
          <Stack gap={4}>
            {form.predepartureDocuments.map((document, index) => (
              <Checkbox
                key={document.kind}
                label={t(`relocationPlans.predeparture.${document.kind}`)}
                checked={document.status === 'done'}
                onChange={(e) => {
                  const status = e.currentTarget.checked ? 'done' : 'to_do';
                  set(
                    'predepartureDocuments',
                    form.predepartureDocuments.map((d, i) => (i === index ? { ...d, status } : d)),
                  );
                }}
              />
            ))}
          </Stack>
        )}
        {readiness ? (
          <Alert color={readiness.ready ? 'green' : 'yellow'} role="status">
            <Stack gap={4}>
              <Text size="sm">
                {readiness.ready
                  ? t('relocationPlans.predeparture.ready')
                  : t('relocationPlans.predeparture.notReady', {
                      gaps: readiness.gaps
                        .map((gap) =>
                          t(`relocationPlans.predeparture.gap_${gap}`, {
                            done: readiness.documentsDone,
                            total: readiness.documentsTotal,
                            from: readiness.arrivalWeek ? formatDate(readiness.arrivalWeek.from) : '',
                            to: readiness.arrivalWeek ? formatDate(readiness.arrivalWeek.to) : '',
                          }),
                        )
                        .join(' ; '),
                    })}
              </Text>
              {readiness.arrivalWeekAppointments.map((a) => (
                <Text size="sm" key={a.id}>
                  {t('relocationPlans.predeparture.appointment', {
                    local: formatDateTime(a.startsAt),
                    remote: inZone(a.startsAt, read.plan?.abroadTimeZone),
                    zone: read.plan?.abroadTimeZone ?? read.organizationTimeZone,
                  })}
                </Text>
              ))}
              {readiness.gaps.includes('first_appointment') && readiness.arrivalWeek ? (
                <ArrivalAppointment personId={personId} arrivalWeek={readiness.arrivalWeek} />
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        {readiness ? (
          <RemoteSessions
            personId={personId}
            predeparture={readiness}
            zone={read.plan?.abroadTimeZone ?? read.organizationTimeZone}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
