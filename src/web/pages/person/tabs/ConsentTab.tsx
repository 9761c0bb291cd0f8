import { Button, Checkbox, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentPurposes, consentSections } from '../../../../contracts/people.js';
import type { PersonFileView } from '../../../api/people.js';
import { useConsentPartners, useConsentReads } from '../../../api/sharing.js';
import { EntryForm } from '../../../components/EntryForm.js';
import { formatDate, formatDateTime } from '../../../format.js';
import { SimpleTable, text, today, usePersonItems } from './shared.js';

type Consent = PersonFileView['consents'][number];

/**
 * The person's consents, each shown plainly (in force, expired with its last day, withdrawn with its
 * day; its purpose, the partners it names, what it shares) with who read under it; a form to record one
 * naming partners of the organization's consortia, or a consortium's members.
 */
export function ConsentTab({ person }: { person: PersonFileView }) {
  const { t, add, revoke, options } = usePersonItems(person.id);
  const partners = useConsentPartners();
  const [readsOf, setReadsOf] = useState<string | null>(null);
  const purposeOf = (entry: Consent) => t(`consentPurpose.${entry.purpose}`);
  return (
    <>
      {person.consents.length === 0 ? (
        <Text>{t('person.noConsent')}</Text>
      ) : (
        <SimpleTable
          headers={[
            t('person.consentPurpose'),
            t('sharing.consent.givenOn'),
            t('sharing.consent.partners'),
            t('sharing.consent.covers'),
            t('sharing.consent.state'),
            t('app.actions'),
          ]}
          rows={person.consents.map((entry) => ({
            key: entry.id,
            cells: [
              purposeOf(entry),
              formatDate(entry.givenOn),
              partnersOf(entry, t),
              entry.covers.length === 0
                ? t('sharing.consent.nothing')
                : entry.covers.map((s) => t(`sharing.section.${s}`)).join(', '),
              <ConsentState key="state" entry={entry} />,
              <Group key="actions" gap="xs" wrap="wrap">
                {entry.state === 'in_force' || entry.state === 'not_yet_in_force' ? (
                  <Button
                    size="xs"
                    variant="default"
                    c="red.9"
                    aria-label={`${t('person.withdraw')}: ${purposeOf(entry)}`}
                    onClick={() => revoke.mutate({ itemId: entry.id, revokedOn: today() })}
                  >
                    {t('person.withdraw')}
                  </Button>
                ) : null}
                {entry.purpose === 'sharing_with_partners' ? (
                  <Button
                    size="xs"
                    variant="default"
                    aria-expanded={readsOf === entry.id}
                    aria-label={`${readsOf === entry.id ? t('sharing.consent.hideReads') : t('sharing.consent.showReads')}: ${purposeOf(entry)}, ${formatDate(entry.givenOn)}`}
                    onClick={() => setReadsOf(readsOf === entry.id ? null : entry.id)}
                  >
                    {readsOf === entry.id ? t('sharing.consent.hideReads') : t('sharing.consent.showReads')}
                  </Button>
                ) : null}
              </Group>,
            ],
          }))}
        />
      )}
      {readsOf ? <ConsentReads personId={person.id} consentId={readsOf} /> : null}
      <EntryForm
        title={t('person.give')}
        initial={{
          givenOn: today(),
          covers: ['identity'],
          partnerOrganizationIds: [],
          partnerConsortiumIds: [],
        }}
        fields={[
          {
            name: 'purpose',
            label: t('person.consentPurpose'),
            kind: 'select',
            required: true,
            options: options(consentPurposes, 'consentPurpose'),
          },
          { name: 'givenOn', label: t('person.consentDate'), kind: 'date', required: true },
          { name: 'expiresOn', label: t('sharing.consent.expiresOn'), kind: 'date' },
          {
            name: 'partnerOrganizationIds',
            label: t('sharing.consent.partnerOrganizations'),
            kind: 'custom',
            render: (value, set, error) => (
              <Choices
                legend={t('sharing.consent.partnerOrganizations')}
                empty={partners.data ? t('sharing.consent.noPartners') : null}
                choices={partners.data?.organizations ?? []}
                value={value as string[]}
                onChange={set}
                error={error}
              />
            ),
          },
          {
            name: 'partnerConsortiumIds',
            label: t('sharing.consent.partnerConsortia'),
            kind: 'custom',
            render: (value, set, error) => (
              <Choices
                legend={t('sharing.consent.partnerConsortia')}
                empty={partners.data ? t('sharing.consent.noPartners') : null}
                choices={(partners.data?.consortia ?? []).map((c) => ({
                  id: c.id,
                  name: t('sharing.consent.membersOf', { consortium: c.name }),
                }))}
                value={value as string[]}
                onChange={set}
                error={error}
              />
            ),
          },
          {
            name: 'covers',
            label: t('sharing.consent.covers'),
            kind: 'custom',
            render: (value, set, error) => (
              <Choices
                legend={t('sharing.consent.covers')}
                hint={t('sharing.consent.sharingHint')}
                empty={null}
                choices={consentSections.map((s) => ({ id: s, name: t(`sharing.section.${s}`) }))}
                value={value as string[]}
                onChange={set}
                error={error}
              />
            ),
          },
        ]}
        submitLabel={t('app.add')}
        onSubmit={(values) =>
          add.mutateAsync({
            kind: 'consent',
            data: {
              purpose: values.purpose as never,
              givenOn: text(values, 'givenOn') ?? '',
              expiresOn: text(values, 'expiresOn'),
              partnerOrganizationIds: (values.partnerOrganizationIds as string[] | undefined) ?? [],
              partnerConsortiumIds: (values.partnerConsortiumIds as string[] | undefined) ?? [],
              covers: (values.covers as never) ?? [],
            },
          })
        }
      />
    </>
  );
}

function partnersOf(entry: Consent, t: ReturnType<typeof useTranslation>['t']) {
  const names = [
    ...entry.partnerOrganizations.map((o) => o.name),
    ...entry.partnerConsortia.map((c) => t('sharing.consent.membersOf', { consortium: c.name })),
  ];
  return names.length === 0 ? t('sharing.consent.nobody') : names.join(', ');
}

function ConsentState({ entry }: { entry: Consent }) {
  const { t } = useTranslation();
  switch (entry.state) {
    case 'in_force':
      return entry.expiresOn
        ? t('sharing.consent.inForceUntil', { date: formatDate(entry.expiresOn) })
        : t('sharing.consent.inForce');
    case 'not_yet_in_force':
      return t('sharing.consent.notYet', { date: formatDate(entry.givenOn) });
    case 'expired':
      return t('sharing.consent.expired', { date: formatDate(entry.expiresOn) });
    case 'revoked':
      return t('sharing.consent.revoked', { date: formatDate(entry.revokedOn) });
  }
}

/** A group of checkboxes in a fieldset: keyboard usable, named by its legend. */
function Choices({
  legend,
  hint,
  empty,
  choices,
  value,
  onChange,
  error,
}: {
  legend: string;
  hint?: string;
  empty: string | null;
  choices: { id: string; name: string }[];
  value: string[] | undefined;
  onChange: (next: string[]) => void;
  error?: string;
}) {
  const selected = value ?? [];
  return (
    <Fieldset legend={legend} variant="unstyled">
      <Stack gap={6}>
        {hint ? (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        ) : null}
        {choices.length === 0 && empty ? <Text size="sm">{empty}</Text> : null}
        {choices.map((choice) => (
          <Checkbox
            key={choice.id}
            label={choice.name}
            checked={selected.includes(choice.id)}
            onChange={(event) =>
              onChange(
                event.currentTarget.checked
                  ? [...selected, choice.id]
                  : selected.filter((id) => id !== choice.id),
              )
            }
          />
        ))}
        {error ? (
          <Text size="sm" c="red.8" role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    </Fieldset>
  );
}

function ConsentReads({ personId, consentId }: { personId: string; consentId: string }) {
  const { t } = useTranslation();
  const reads = useConsentReads(personId, consentId, true);
  if (!reads.data) return null;
  return (
    <Stack gap="xs" mt="md" aria-live="polite">
      <Text fw={600}>{t('sharing.consent.readsCaption')}</Text>
      {reads.data.items.length === 0 ? (
        <Text size="sm">{t('sharing.consent.noReads')}</Text>
      ) : (
        <SimpleTable
          headers={[t('sharing.consent.readAt'), t('sharing.consent.reader'), t('sharing.consent.readWhat')]}
          rows={reads.data.items.map((read, index) => ({
            key: `${read.at}-${index}`,
            cells: [
              formatDateTime(read.at),
              read.readerName ? `${read.readerName} (${read.organizationName})` : read.organizationName,
              read.kind === 'list'
                ? t('sharing.consent.listed')
                : t('sharing.consent.opened', {
                    sections: read.sections.map((s) => t(`sharing.section.${s}`)).join(', '),
                  }),
            ],
          }))}
        />
      )}
    </Stack>
  );
}
