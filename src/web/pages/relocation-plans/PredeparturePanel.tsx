import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultPredepartureDocuments } from '../../../modules/relocation-plans/domain/plan-rules.js';
import type { RelocationPlanRead } from '../../api/relocation-plans.js';
import { CountrySelect } from '../../components/CountrySelect.js';
import { formatDate, formatDateTime } from '../../format.js';
import { currentLanguage } from '../../i18n/index.js';
import type { PlanForm } from './plan-form.js';

type Setter = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) => void;

/** A time as the person abroad reads it, in their zone; the instant itself when the zone is unknown. */
function inZone(iso: string, zone: string | null | undefined): string {
  try {
    return new Intl.DateTimeFormat(currentLanguage(), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: zone ?? undefined,
    }).format(new Date(iso));
  } catch {
    return formatDateTime(iso);
  }
}

/**
 * The pre-departure track of a CSQ holder still abroad: where they are and their time zone, the
 * planned arrival day, the documents to prepare and whether they are ready (a first appointment
 * booked in the arrival week, shown in both zones).
 */
export function PredeparturePanel({
  form,
  set,
  read,
}: {
  form: PlanForm;
  set: Setter;
  read: RelocationPlanRead;
}) {
  const { t } = useTranslation();
  const readiness = read.predeparture;
  const personId = read.household.members.find((m) => m.relation === 'main')?.personId;
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
          <TextInput
            label={t('relocationPlans.predeparture.timeZone')}
            maxLength={60}
            value={form.abroadTimeZone ?? ''}
            onChange={(e) => set('abroadTimeZone', e.currentTarget.value)}
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
              {readiness.gaps.includes('first_appointment') && personId ? (
                <Anchor
                  size="sm"
                  renderRoot={(props) => (
                    <Link
                      to="/people/$personId"
                      params={{ personId }}
                      search={{ tab: 'followUp' }}
                      {...props}
                    />
                  )}
                >
                  {t('relocationPlans.predeparture.book')}
                </Anchor>
              ) : null}
            </Stack>
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
