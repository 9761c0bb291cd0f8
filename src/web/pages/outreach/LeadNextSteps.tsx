import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import {
  closingOutcomes,
  type LeadView,
  useCloseLead,
  useConvertLead,
  useReopenLead,
} from '../../api/outreach.js';
import { searchPeopleOptions } from '../../api/sessions.js';
import { type PickerOption, SearchPicker } from '../../components/SearchPicker.js';
import { formatDate, todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';

/** An open lead's next steps: the intake, the link to the file once enrolled, or closing with why. */
export function LeadNextSteps({ lead }: { lead: LeadView }) {
  const { t } = useTranslation();
  const convert = useConvertLead(lead.id);
  const close = useCloseLead(lead.id);
  const [person, setPerson] = useState<PickerOption | null>(null);
  const [outcome, setOutcome] = useState<(typeof closingOutcomes)[number]>('not_interested');
  const [closedOn, setClosedOn] = useState(() => todayInOrganization());
  const closeFields = close.error instanceof ApiError ? close.error.fieldErrors() : {};
  return (
    <Stack>
      <Button
        variant="light"
        color="blue.8"
        renderRoot={(props) => <Link to="/people/new" search={{ lead: lead.id }} {...props} />}
      >
        {t('outreach.startIntake')}
      </Button>
      <Stack gap="xs" component="section" aria-labelledby="lead-link">
        <Title order={3} size="h5" id="lead-link">
          {t('outreach.link')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('outreach.linkHint')}
        </Text>
        {convert.error ? (
          <Alert color="red" role="alert">
            {errorMessage(convert.error)}
          </Alert>
        ) : null}
        <SearchPicker
          label={t('outreach.linkPerson')}
          queryKey="lead-person"
          search={searchPeopleOptions}
          value={person}
          onChange={setPerson}
        />
        <Group>
          <Button
            size="sm"
            disabled={!person}
            loading={convert.isPending}
            onClick={async () => {
              if (!person) return;
              try {
                await convert.mutateAsync(person.value);
                notify({ color: 'green', message: t('outreach.linked') });
              } catch {
                // Shown above.
              }
            }}
          >
            {t('outreach.linkButton')}
          </Button>
        </Group>
      </Stack>
      <form
        aria-labelledby="lead-close"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          try {
            await close.mutateAsync({ outcome, outcomeOn: closedOn });
            notify({ color: 'green', message: t('outreach.closed') });
          } catch {
            // Shown above the form.
          }
        }}
      >
        <Stack gap="xs">
          <Title order={3} size="h5" id="lead-close">
            {t('outreach.close')}
          </Title>
          {close.error && !closeFields.outcomeOn ? (
            <Alert color="red" role="alert">
              {errorMessage(close.error)}
            </Alert>
          ) : null}
          <Group grow wrap="wrap" align="flex-start">
            <NativeSelect
              label={t('outreach.closeOutcome')}
              value={outcome}
              onChange={(event) => setOutcome(event.currentTarget.value as typeof outcome)}
              data={closingOutcomes.map((value) => ({ value, label: t(`outreach.outcome.${value}`) }))}
            />
            <TextInput
              type="date"
              label={t('outreach.closeOn')}
              required
              value={closedOn}
              error={closeFields.outcomeOn}
              onChange={(event) => setClosedOn(event.currentTarget.value)}
            />
          </Group>
          <Group>
            <Button type="submit" size="sm" variant="outline" color="gray.8" loading={close.isPending}>
              {t('outreach.closeButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** A closed lead: its outcome, the file it leads to, and reopening unless it was anonymized. */
export function LeadOutcome({ lead }: { lead: LeadView }) {
  const { t } = useTranslation();
  const reopen = useReopenLead(lead.id);
  if (lead.outcome === null) return null;
  return (
    <Stack gap="sm" align="flex-start">
      <Badge variant="light" color={lead.outcome === 'enrolled' ? 'green.9' : 'gray.8'} size="lg">
        {t('outreach.outcomeOn', {
          outcome: t(`outreach.outcome.${lead.outcome}`),
          date: formatDate(lead.outcomeOn),
        })}
      </Badge>
      {lead.personId ? (
        <Anchor
          renderRoot={(props) => (
            <Link to="/people/$personId" params={{ personId: lead.personId as string }} {...props} />
          )}
        >
          {t('outreach.openFile')}
        </Anchor>
      ) : null}
      {reopen.error ? (
        <Alert color="red" role="alert">
          {errorMessage(reopen.error)}
        </Alert>
      ) : null}
      {lead.anonymized ? null : (
        <Button
          size="compact-sm"
          variant="light"
          color="blue.8"
          loading={reopen.isPending}
          onClick={async () => {
            try {
              await reopen.mutateAsync(undefined);
              notify({ color: 'green', message: t('outreach.reopened') });
            } catch {
              // Shown above.
            }
          }}
        >
          {t('outreach.reopen')}
        </Button>
      )}
    </Stack>
  );
}
