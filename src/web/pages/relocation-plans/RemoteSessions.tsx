import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { type RelocationPlanRead, useEnrolInRemoteSession } from '../../api/relocation-plans.js';
import { formatDateTime } from '../../format.js';
import { notify } from '../../notify.js';
import { inZone } from './zoned-time.js';

type Predeparture = NonNullable<RelocationPlanRead['predeparture']>;

/**
 * The remote sessions of a person still abroad: the coming meetings of the virtual or hybrid sessions
 * they are enrolled in, at the organization's time and at theirs, with the link once they have a seat;
 * then the remote sessions open to the organization, each with a button that enrols them (the
 * sessions module's enrolment: seats, waitlist, consent when another organization runs it).
 */
export function RemoteSessions({
  personId,
  predeparture,
  zone,
}: {
  personId: string;
  predeparture: Predeparture;
  /** The person's zone (the organization's when theirs is not known). */
  zone: string;
}) {
  const { t } = useTranslation();
  const enrol = useEnrolInRemoteSession(personId);
  return (
    <Stack gap="xs">
      <Title order={4} size="h6">
        {t('relocationPlans.remote.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('relocationPlans.remote.intro')}
      </Text>
      <Text size="sm" fw={500}>
        {t('relocationPlans.remote.coming')}
      </Text>
      {predeparture.remoteMeetings.length === 0 ? (
        <Text size="sm">{t('relocationPlans.remote.none')}</Text>
      ) : (
        <List size="sm" spacing={4}>
          {predeparture.remoteMeetings.map((m) => (
            <List.Item key={m.meetingId}>
              <Text size="sm" span>
                {t('relocationPlans.remote.meeting', {
                  title: m.title,
                  local: formatDateTime(m.startsAt),
                  remote: inZone(m.startsAt, zone),
                  zone,
                })}
                {m.status === 'waitlisted' ? ` — ${t('relocationPlans.remote.waitlisted')}` : null}
              </Text>{' '}
              {m.meetingLink ? (
                <Anchor href={m.meetingLink} target="_blank" rel="noopener noreferrer" size="sm">
                  {t('relocationPlans.remote.join', { title: m.title })}
                </Anchor>
              ) : null}
            </List.Item>
          ))}
        </List>
      )}
      <Text size="sm" fw={500}>
        {t('relocationPlans.remote.open')}
      </Text>
      {enrol.error ? (
        <Alert color="red" role="alert">
          {errorMessage(enrol.error)}
        </Alert>
      ) : null}
      {predeparture.openRemoteSeries.length === 0 ? (
        <Text size="sm">{t('relocationPlans.remote.openNone')}</Text>
      ) : (
        <Stack gap={6}>
          {predeparture.openRemoteSeries.map((s) => (
            <Group key={s.seriesId} gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm">
                  {t('relocationPlans.remote.openItem', {
                    title: s.title,
                    organization: s.organizationName,
                    local: formatDateTime(s.nextStartsAt),
                    remote: inZone(s.nextStartsAt, zone),
                  })}
                </Text>
                <Text size="xs" c="dimmed">
                  {s.seatsLeft === null
                    ? null
                    : s.seatsLeft > 0
                      ? t('relocationPlans.remote.seatsLeft', { count: s.seatsLeft })
                      : t('relocationPlans.remote.full')}
                  {s.otherOrganization ? ` ${t('relocationPlans.remote.consent')}` : null}
                </Text>
              </Stack>
              <Button
                size="xs"
                variant="light"
                style={{ flexShrink: 0 }}
                aria-label={t('relocationPlans.remote.enrolLabel', { title: s.title })}
                loading={enrol.isPending && enrol.variables === s.seriesId}
                disabled={enrol.isPending}
                onClick={async () => {
                  try {
                    const result = await enrol.mutateAsync(s.seriesId);
                    notify({
                      color: 'green',
                      message: t(
                        result.status === 'enrolled'
                          ? 'relocationPlans.remote.enrolled'
                          : 'relocationPlans.remote.waitlistedNotice',
                        { title: s.title },
                      ),
                    });
                  } catch {
                    // Shown above the list.
                  }
                }}
              >
                {t('relocationPlans.remote.enrol')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
