import { Alert, Button, Group, List, MultiSelect, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useStaffOptions } from '../../api/people.js';
import {
  type ReportFileFormat,
  type ReportSubscription,
  useCancelReportSubscription,
  useCreateReportSubscription,
  useReportSubscriptions,
} from '../../api/reports.js';
import { formatDate } from '../../format.js';

/**
 * "Send regularly": the organization's scheduled deliveries of this template (every month or quarter,
 * an e-mail with a link to the report to staff of the organization), a form to add one, and cancel.
 */
export function ReportSubscriptions({
  programId,
  template,
  lang,
}: {
  programId: string;
  template: string;
  lang: 'fr' | 'en';
}) {
  const { t } = useTranslation();
  const subscriptions = useReportSubscriptions(programId);
  const staff = useStaffOptions();
  const create = useCreateReportSubscription(programId);
  const cancel = useCancelReportSubscription(programId);
  const [cadence, setCadence] = useState<'monthly' | 'quarterly'>('monthly');
  const [recipients, setRecipients] = useState<string[]>([]);
  const [language, setLanguage] = useState<'fr' | 'en'>(lang);
  const [format, setFormat] = useState<ReportFileFormat>('pdf');
  const names = new Map((staff.data ?? []).map((member) => [member.userId, member.displayName]));
  const mine = (subscriptions.data ?? []).filter((item) => item.template === template && item.active);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      await create.mutateAsync({ template, cadence, recipients, language, format });
      setRecipients([]);
    } catch {
      // Shown above the button.
    }
  };

  return (
    <section aria-labelledby="report-subscriptions-title">
      <Title order={2} size="h4" id="report-subscriptions-title" mb="xs">
        {t('reports.subscriptions.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('reports.subscriptions.intro')}
      </Text>
      <Stack gap="sm">
        {subscriptions.error ? (
          <Alert color="red" role="alert">
            {errorMessage(subscriptions.error)}
          </Alert>
        ) : null}
        {subscriptions.data ? (
          mine.length === 0 ? (
            <Text size="sm">{t('reports.subscriptions.none')}</Text>
          ) : (
            <List listStyleType="none" spacing="xs" aria-label={t('reports.subscriptions.list')}>
              {mine.map((item) => (
                <SubscriptionItem
                  key={item.id}
                  item={item}
                  names={names}
                  onCancel={() => cancel.mutate(item.id)}
                  cancelling={cancel.isPending && cancel.variables === item.id}
                />
              ))}
            </List>
          )
        ) : null}
        {cancel.error ? (
          <Alert color="red" role="alert">
            {errorMessage(cancel.error)}
          </Alert>
        ) : null}
        <form onSubmit={(event) => void submit(event)} aria-label={t('reports.subscriptions.form')}>
          <Stack gap="xs" maw={480}>
            <Group gap="sm" wrap="wrap" grow>
              <NativeSelect
                label={t('reports.subscriptions.cadence')}
                value={cadence}
                onChange={(event) => setCadence(event.currentTarget.value as 'monthly' | 'quarterly')}
                data={(['monthly', 'quarterly'] as const).map((value) => ({
                  value,
                  label: t(`reports.subscriptions.cadences.${value}`),
                }))}
              />
              <NativeSelect
                label={t('reports.subscriptions.language')}
                value={language}
                onChange={(event) => setLanguage(event.currentTarget.value as 'fr' | 'en')}
                data={[
                  { value: 'fr', label: t('reports.editor.languageFr') },
                  { value: 'en', label: t('reports.editor.languageEn') },
                ]}
              />
              <NativeSelect
                label={t('reports.subscriptions.format')}
                value={format}
                onChange={(event) => setFormat(event.currentTarget.value as ReportFileFormat)}
                data={(['pdf', 'xlsx', 'csv'] as const).map((value) => ({
                  value,
                  label: t(`reports.file.format.${value}`),
                }))}
              />
            </Group>
            <MultiSelect
              label={t('reports.subscriptions.recipients')}
              value={recipients}
              onChange={setRecipients}
              searchable
              data={(staff.data ?? [])
                .filter((member) => !member.disabled)
                .map((member) => ({ value: member.userId, label: member.displayName }))}
            />
            {create.error ? (
              <Alert color="red" role="alert">
                {errorMessage(create.error)}
              </Alert>
            ) : null}
            <Group>
              <Button type="submit" loading={create.isPending} disabled={recipients.length === 0}>
                {t('reports.subscriptions.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </section>
  );
}

function SubscriptionItem({
  item,
  names,
  onCancel,
  cancelling,
}: {
  item: ReportSubscription;
  names: Map<string, string>;
  onCancel: () => void;
  cancelling: boolean;
}) {
  const { t } = useTranslation();
  const who = item.recipients
    .map((id) => names.get(id) ?? t('reports.subscriptions.unknownRecipient'))
    .join(', ');
  const summary = t('reports.subscriptions.item', {
    cadence: t(`reports.subscriptions.cadences.${item.cadence}`),
    format: t(`reports.file.format.${item.format}`),
    language: item.language === 'fr' ? t('reports.editor.languageFr') : t('reports.editor.languageEn'),
    recipients: who,
    next: formatDate(item.nextRunOn),
  });
  return (
    <List.Item>
      <Group gap="sm" wrap="wrap" justify="space-between">
        <Text size="sm" style={{ flex: '1 1 220px' }}>
          {summary}
        </Text>
        <Button
          size="compact-sm"
          variant="default"
          onClick={onCancel}
          loading={cancelling}
          aria-label={t('reports.subscriptions.cancelOf', { summary })}
        >
          {t('reports.subscriptions.cancel')}
        </Button>
      </Group>
    </List.Item>
  );
}
