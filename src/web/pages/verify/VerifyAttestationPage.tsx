import { Alert, Box, Button, Container, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import { useVerifyAttestation } from '../../api/sessions.js';
import { LanguageSelect } from '../../components/LanguageSelect.js';
import { PageTitle } from '../../components/PageTitle.js';
import { formatDate } from '../../format.js';
import { chooseLanguage } from '../../i18n/language.js';
import { Facts } from '../person/Facts.js';
import { lateOrange, okGreen, useSessionFormat } from '../sessions/ui.js';

const route = getRouteApi('/verify/$code');

/** Public: whoever receives an attestation checks it here with the code printed on it. */
export function VerifyAttestationPage() {
  const { t } = useTranslation();
  const { code } = route.useParams();
  const normalized = code.trim().toUpperCase();
  return (
    <Box mih="100vh" bg="gray.0">
      <Box component="header" px="md" py="sm">
        <Group justify="space-between">
          <Text fw={700} size="lg" c="blue.9">
            {t('app.name')}
          </Text>
          <LanguageSelect languages={['fr', 'en']} onChange={(language) => void chooseLanguage(language)} />
        </Group>
      </Box>
      <Container size={560} component="main" id="main-content" py="xl">
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <PageTitle title={t('sessions.verify.title')} intro={t('sessions.verify.intro')} />
          <Stack gap="lg">
            <Verdict key={normalized} code={normalized} />
            <OtherCode />
          </Stack>
        </Paper>
      </Container>
    </Box>
  );
}

function Verdict({ code }: { code: string }) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  const attestation = useVerifyAttestation(code);
  if (attestation.isPending) {
    return (
      <Text role="status" aria-live="polite">
        {t('app.loading')}
      </Text>
    );
  }
  if (attestation.error) {
    // A malformed code is refused by validation (400), an unknown one is not found (404): same answer.
    const unknown =
      attestation.error instanceof ApiError &&
      (attestation.error.status === 404 || attestation.error.status === 400);
    return (
      <Alert
        color="red"
        icon={<IconAlertTriangle aria-hidden />}
        role="alert"
        title={unknown ? t('sessions.verify.unknownTitle') : t('app.errorTitle')}
      >
        {unknown ? t('sessions.verify.unknown', { code }) : errorMessage(attestation.error)}
      </Alert>
    );
  }
  const data = attestation.data;
  return (
    <Stack gap="md">
      {data.status === 'valid' ? (
        <Alert color={okGreen} variant="outline" icon={<IconCircleCheck aria-hidden />} role="status">
          <Text fw={600} c={okGreen}>
            {t('sessions.verify.valid', { code })}
          </Text>
        </Alert>
      ) : (
        <Alert color={lateOrange} variant="outline" icon={<IconAlertTriangle aria-hidden />} role="status">
          <Text fw={600} c={lateOrange}>
            {t('sessions.verify.superseded', { code })}
          </Text>
        </Alert>
      )}
      <Facts
        items={[
          { label: t('sessions.verify.participant'), value: data.participantInitials },
          { label: t('sessions.verify.session'), value: data.sessionTitle },
          { label: t('sessions.field.organization'), value: data.organizationName },
          { label: t('sessions.verify.issuedOn'), value: formatDate(data.issuedOn) },
          {
            label: t('sessions.attendance.hours'),
            value: t('sessions.attendance.hoursValue', {
              attended: format.duration(data.attendedMinutes),
              scheduled: format.duration(data.scheduledMinutes),
            }),
          },
        ]}
      />
    </Stack>
  );
}

function OtherCode() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = value.trim().toUpperCase();
    if (code) void navigate({ to: '/verify/$code', params: { code } });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('sessions.verify.otherCode')}
          placeholder="ABCD-EFGH-JKLM"
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          autoComplete="off"
          style={{ flex: 1, minWidth: 200 }}
        />
        <Button type="submit" variant="light">
          {t('sessions.verify.check')}
        </Button>
      </Group>
    </form>
  );
}
