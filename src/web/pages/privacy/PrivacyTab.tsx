import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconDownload, IconLock, IconLockOpen, IconUserX } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import {
  downloadFile,
  exportUrl,
  useAnonymizePerson,
  useLiftRestriction,
  usePrivacyState,
  useRestrictProcessing,
} from '../../api/privacy.js';
import { QueryState } from '../../components/QueryState.js';
import { useReauthentication } from '../../components/ReauthDialog.js';
import { formatDateTime } from '../../format.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';

/**
 * The person's rights on their file: export (JSON and PDF, after a recent proof of identity),
 * restriction of processing and its lifting, and anonymization with a confirmation that says what
 * happens and asks why. Rectification is the file's own editing.
 */
export function PrivacyTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const state = usePrivacyState(personId);
  const data = state.data;
  return (
    <QueryState isPending={state.isPending} error={state.error} onRetry={() => state.refetch()}>
      {data ? (
        <Stack gap="lg" maw={720}>
          {data.anonymized ? (
            <Alert color="gray" title={t('privacy.anonymizedTitle')}>
              {t('privacy.anonymizedText', {
                pseudonym: data.pseudonym,
                date: formatDateTime(data.anonymizedAt!),
              })}
            </Alert>
          ) : null}
          {data.restricted ? (
            <Alert
              color="orange"
              title={t('privacy.restrictedTitle')}
              icon={<IconLock size={18} aria-hidden />}
            >
              <Text size="sm">
                {t('privacy.restrictedText', { date: formatDateTime(data.restrictedAt!) })}
              </Text>
              {data.restrictionReason ? (
                <Text size="sm" mt={4}>
                  {t('privacy.reasonGiven')} <span dir="auto">{data.restrictionReason}</span>
                </Text>
              ) : null}
            </Alert>
          ) : null}
          <ExportSection personId={personId} />
          <section aria-labelledby="privacy-rectification">
            <Title order={3} size="h5" id="privacy-rectification">
              {t('privacy.rectificationTitle')}
            </Title>
            <Text size="sm">{t('privacy.rectificationText')}</Text>
          </section>
          {data.may.restrict || data.restricted ? (
            <RestrictionSection
              personId={personId}
              restricted={data.restricted}
              mayChange={data.may.restrict || data.restricted}
            />
          ) : null}
          {data.may.anonymize ? <AnonymizeSection personId={personId} /> : null}
        </Stack>
      ) : null}
    </QueryState>
  );
}

function ExportSection({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const [locale, setLocale] = useState<'fr' | 'en'>(i18n.language === 'en' ? 'en' : 'fr');
  const [busy, setBusy] = useState<'json' | 'pdf' | null>(null);
  const { withReauthentication, dialog } = useReauthentication();
  const download = async (format: 'json' | 'pdf') => {
    setBusy(format);
    try {
      await withReauthentication(() => downloadFile(exportUrl(personId, format, locale), i18n.language));
    } catch (error) {
      notify({ color: 'red', message: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby="privacy-export">
      <Title order={3} size="h5" id="privacy-export">
        {t('privacy.exportTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {t('privacy.exportText')}
      </Text>
      <Stack gap="xs">
        <div>
          <Text size="sm" fw={500} id="privacy-export-language">
            {t('privacy.exportLanguage')}
          </Text>
          <SegmentedControl
            aria-labelledby="privacy-export-language"
            value={locale}
            onChange={(value) => setLocale(value as 'fr' | 'en')}
            data={[
              { value: 'fr', label: t('privacy.french') },
              { value: 'en', label: t('privacy.english') },
            ]}
          />
        </div>
        <Group gap="xs">
          <Button
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={busy === 'json'}
            onClick={() => download('json')}
          >
            {t('privacy.exportJson')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={busy === 'pdf'}
            onClick={() => download('pdf')}
          >
            {t('privacy.exportPdf')}
          </Button>
        </Group>
      </Stack>
      {dialog}
    </section>
  );
}

function RestrictionSection({
  personId,
  restricted,
  mayChange,
}: {
  personId: string;
  restricted: boolean;
  mayChange: boolean;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const restrict = useRestrictProcessing(personId);
  const lift = useLiftRestriction(personId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    restrict.mutate(reason.trim(), {
      onSuccess: () => {
        setReason('');
        notify({ color: 'green', message: t('privacy.restricted') });
      },
    });
  };
  return (
    <section aria-labelledby="privacy-restriction">
      <Title order={3} size="h5" id="privacy-restriction">
        {t('privacy.restrictionTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {t('privacy.restrictionText')}
      </Text>
      {restricted ? (
        <Stack gap="xs" align="flex-start">
          {lift.error ? <Alert color="red">{errorMessage(lift.error)}</Alert> : null}
          <Button
            variant="outline"
            leftSection={<IconLockOpen size={16} aria-hidden />}
            loading={lift.isPending}
            disabled={!mayChange}
            onClick={() =>
              lift.mutate(undefined, {
                onSuccess: () => notify({ color: 'green', message: t('privacy.lifted') }),
              })
            }
          >
            {t('privacy.lift')}
          </Button>
        </Stack>
      ) : (
        <form onSubmit={submit}>
          <Stack gap="xs">
            <Textarea
              label={t('privacy.restrictionReason')}
              description={t('privacy.restrictionReasonHelp')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              required
              minLength={3}
              maxLength={1000}
              autosize
              minRows={2}
              error={restrict.error ? errorMessage(restrict.error) : undefined}
            />
            <Group>
              <Button
                type="submit"
                color="orange"
                leftSection={<IconLock size={16} aria-hidden />}
                loading={restrict.isPending}
                disabled={reason.trim().length < 3}
              >
                {t('privacy.restrict')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </section>
  );
}

function AnonymizeSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [understood, setUnderstood] = useState(false);
  const anonymize = useAnonymizePerson(personId);
  const close = () => {
    setOpen(false);
    setReason('');
    setUnderstood(false);
    anonymize.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    anonymize.mutate(reason.trim(), {
      onSuccess: (result) => {
        close();
        notify({ color: 'green', message: t('privacy.anonymizedDone', { pseudonym: result.pseudonym }) });
      },
    });
  };
  return (
    <section aria-labelledby="privacy-anonymize">
      <Title order={3} size="h5" id="privacy-anonymize">
        {t('privacy.anonymizeTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {t('privacy.anonymizeText')}
      </Text>
      <Button
        color="red"
        variant="outline"
        leftSection={<IconUserX size={16} aria-hidden />}
        onClick={() => setOpen(true)}
      >
        {t('privacy.anonymize')}
      </Button>
      <Dialog opened={open} onClose={close} title={t('privacy.confirmTitle')} size="lg">
        <form onSubmit={submit}>
          <Stack gap="sm">
            <Text size="sm" fw={600}>
              {t('privacy.confirmRemoved')}
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>{t('privacy.removedNames')}</List.Item>
              <List.Item>{t('privacy.removedContacts')}</List.Item>
              <List.Item>{t('privacy.removedTexts')}</List.Item>
              <List.Item>{t('privacy.removedDocuments')}</List.Item>
            </List>
            <Text size="sm" fw={600}>
              {t('privacy.confirmKept')}
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>{t('privacy.keptFigures')}</List.Item>
              <List.Item>{t('privacy.keptLoans')}</List.Item>
            </List>
            <Alert color="red">{t('privacy.irreversible')}</Alert>
            <Textarea
              label={t('privacy.anonymizeReason')}
              description={t('privacy.anonymizeReasonHelp')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              required
              minLength={10}
              maxLength={1000}
              autosize
              minRows={2}
              data-autofocus
            />
            <Checkbox
              label={t('privacy.understood')}
              checked={understood}
              onChange={(event) => setUnderstood(event.currentTarget.checked)}
            />
            {anonymize.error ? <Alert color="red">{errorMessage(anonymize.error)}</Alert> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('privacy.cancel')}
              </Button>
              <Button
                type="submit"
                color="red"
                loading={anonymize.isPending}
                disabled={!understood || reason.trim().length < 10}
              >
                {t('privacy.confirmAnonymize')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Dialog>
    </section>
  );
}
