import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { staffAdminRoles } from '../../../core/auth/roles.js';
import { errorMessage } from '../../api/errors.js';
import {
  registerPdfUrl,
  retentionPurposes,
  useProcessingRegister,
  useRetentionPolicies,
  useSetRetentionPolicies,
} from '../../api/privacy.js';
import { useSession } from '../../api/session.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';

type Purpose = (typeof retentionPurposes)[number];

/** The organization's data protection: retention periods per purpose, and the register of processing activities. */
export function PrivacySettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('privacy.settingsTitle')} intro={t('privacy.settingsIntro')} />
      <Stack gap="xl" maw={960}>
        <RetentionSection />
        <RegisterSection />
      </Stack>
    </>
  );
}

function RetentionSection() {
  const { t } = useTranslation();
  const session = useSession();
  const mayEdit = staffAdminRoles.includes(session.role);
  const policies = useRetentionPolicies();
  const save = useSetRetentionPolicies();
  const [months, setMonths] = useState<Record<Purpose, number | ''>>({
    person_files: '',
    signup_requests: '',
    appointment_notes: '',
  });
  useEffect(() => {
    if (!policies.data) return;
    setMonths(
      Object.fromEntries(policies.data.items.map((p) => [p.purpose, p.months ?? ''])) as Record<
        Purpose,
        number | ''
      >,
    );
  }, [policies.data]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        policies: retentionPurposes.map((purpose) => ({
          purpose,
          months: months[purpose] === '' ? null : Number(months[purpose]),
        })),
      },
      { onSuccess: () => notify({ color: 'green', message: t('privacy.retentionSaved') }) },
    );
  };
  return (
    <section aria-labelledby="retention-title">
      <Title order={2} size="h3" id="retention-title" mb="xs">
        {t('privacy.retentionTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('privacy.retentionText')}
      </Text>
      <QueryState isPending={policies.isPending} error={policies.error} onRetry={() => policies.refetch()}>
        <form onSubmit={submit}>
          <Stack gap="sm">
            {retentionPurposes.map((purpose) => (
              <NumberInput
                key={purpose}
                label={t(`privacy.purpose.${purpose}`)}
                description={t(`privacy.purposeHelp.${purpose}`)}
                suffix={` ${t('privacy.months')}`}
                min={1}
                max={1200}
                allowDecimal={false}
                value={months[purpose]}
                onChange={(value) =>
                  setMonths((current) => ({ ...current, [purpose]: value === '' ? '' : Number(value) }))
                }
                readOnly={!mayEdit}
                placeholder={t('privacy.notSet')}
                maw={420}
              />
            ))}
            {save.error ? <Alert color="red">{errorMessage(save.error)}</Alert> : null}
            {mayEdit ? (
              <Group>
                <Button type="submit" loading={save.isPending}>
                  {t('privacy.saveRetention')}
                </Button>
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                {t('privacy.retentionReadOnly')}
              </Text>
            )}
          </Stack>
        </form>
      </QueryState>
    </section>
  );
}

function RegisterSection() {
  const { t, i18n } = useTranslation();
  const [locale, setLocale] = useState<'fr' | 'en'>(i18n.language === 'en' ? 'en' : 'fr');
  const register = useProcessingRegister(locale);
  const data = register.data;
  const retentionText = (retention: NonNullable<typeof data>['activities'][number]['retention']) =>
    retention.text ??
    (retention.months !== null
      ? t('privacy.retentionMonths', { count: retention.months })
      : t('privacy.notSet'));
  return (
    <section aria-labelledby="register-title">
      <Title order={2} size="h3" id="register-title" mb="xs">
        {t('privacy.registerTitle')}
      </Title>
      <Group gap="sm" mb="sm" align="flex-end">
        <div>
          <Text size="sm" fw={500} id="register-language">
            {t('privacy.registerLanguage')}
          </Text>
          <SegmentedControl
            aria-labelledby="register-language"
            value={locale}
            onChange={(value) => setLocale(value as 'fr' | 'en')}
            data={[
              { value: 'fr', label: t('privacy.french') },
              { value: 'en', label: t('privacy.english') },
            ]}
          />
        </div>
        <Anchor href={registerPdfUrl(locale)} download>
          <Group gap={4} component="span">
            <IconDownload size={16} aria-hidden />
            {t('privacy.registerPdf')}
          </Group>
        </Anchor>
      </Group>
      <QueryState isPending={register.isPending} error={register.error} onRetry={() => register.refetch()}>
        {data ? (
          <Stack gap="sm" lang={locale}>
            <Text size="sm">
              {t('privacy.registerFor', {
                organization: data.organization.name,
                date: formatDate(data.drawnUpOn),
              })}
            </Text>
            <Text size="sm">
              {t('privacy.partners')}{' '}
              {data.partners.length > 0 ? data.partners.join(', ') : t('privacy.noPartner')}
            </Text>
            {data.activities.map((activity) => (
              <Paper
                key={activity.id}
                withBorder
                p="sm"
                component="article"
                aria-labelledby={`activity-${activity.id}`}
              >
                <Title order={3} size="h5" id={`activity-${activity.id}`}>
                  {activity.name}
                </Title>
                <Text size="sm">{activity.purpose}</Text>
                <dl className="privacy-register">
                  <Fact label={t('privacy.column.legalBasis')} value={activity.legalBasis} />
                  <Fact label={t('privacy.column.data')} value={activity.dataCategories.join(' ; ')} />
                  <Fact label={t('privacy.column.people')} value={activity.peopleCategories.join(' ; ')} />
                  <Fact label={t('privacy.column.recipients')} value={activity.recipients.join(' ; ')} />
                  <Fact label={t('privacy.column.retention')} value={retentionText(activity.retention)} />
                </dl>
              </Paper>
            ))}
            <Title order={3} size="h4">
              {t('privacy.securityMeasures')}
            </Title>
            <List size="sm">
              {data.securityMeasures.map((measure) => (
                <List.Item key={measure}>{measure}</List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
      </QueryState>
    </section>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" ms={0} mb={4}>
        {value}
      </Text>
    </div>
  );
}
