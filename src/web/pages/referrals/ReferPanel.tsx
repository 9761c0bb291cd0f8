import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { referralKinds, useReferralTargets, useSendReferral } from '../../api/referrals.js';
import { QueryState } from '../../components/QueryState.js';
import { notify } from '../../notify.js';

type Kind = (typeof referralKinds)[number];
type TargetKind = 'organization' | 'service';

/**
 * The referral form of a person's file: an organization of the consortium (with the sections a consent
 * in force lets travel to it; none — record a consent first) or a service of the directory, the purpose,
 * the program it is made in (among the person's open enrolments that the receiver takes part in too,
 * the only one chosen by default), what travels, a message.
 */
export function ReferPanel({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const english = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  const targets = useReferralTargets(personId);
  const send = useSendReferral();
  const [targetKind, setTargetKind] = useState<TargetKind>('organization');
  const [organizationId, setOrganizationId] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [purpose, setPurpose] = useState<Kind>('youth_guidance');
  const [sections, setSections] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [programId, setProgramId] = useState('');
  const errors = fieldErrorsOf(send.error);
  const organization = targets.data?.organizations.find((o) => o.id === organizationId);
  const service = targets.data?.services.find((s) => s.id === serviceId);
  const noConsent =
    targetKind === 'organization' && organization !== undefined && organization.sections.length === 0;
  const ready = targetKind === 'organization' ? Boolean(organization) && !noConsent : Boolean(service);
  /** The programs a referral to this target may be made in: the person's that the receiver takes part in too. */
  const programsFor = (receiverId: string | null) =>
    (targets.data?.programs ?? []).filter(
      (p) =>
        receiverId === null ||
        targets.data?.organizations.find((o) => o.id === receiverId)?.programIds.includes(p.id),
    );
  const programChoices = programsFor(targetKind === 'organization' ? organizationId : null);
  const chooseDefaultProgram = (receiverId: string | null) => {
    const candidates = programsFor(receiverId);
    setProgramId(candidates.length === 1 ? candidates[0]!.id : '');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    send
      .mutateAsync({
        personId,
        purpose,
        programId: programId || null,
        message: message.trim() || null,
        ...(targetKind === 'organization'
          ? { receiverOrganizationId: organizationId, sections: sections as never }
          : { serviceId, sections: [] }),
      })
      .then(() => {
        notify({
          color: 'green',
          message: t('referrals.sent', { name: organization?.name ?? service?.name ?? '' }),
        });
        onDone();
      })
      .catch((error: unknown) => {
        if (Object.keys(fieldErrorsOf(error)).length === 0)
          notify({ color: 'red', message: errorMessage(error) });
      });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="refer-title">
      <Title id="refer-title" order={2} size="h4" mb="sm">
        {t('referrals.referTitle')}
      </Title>
      <QueryState isPending={targets.isPending} error={targets.error} onRetry={() => targets.refetch()}>
        {targets.data ? (
          targets.data.organizations.length === 0 && targets.data.services.length === 0 ? (
            <Text>{t('referrals.noTargets')}</Text>
          ) : (
            <form onSubmit={submit}>
              <Stack gap="sm">
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="refer-target-kind">
                    {t('referrals.targetKind')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="refer-target-kind"
                    value={targetKind}
                    onChange={(value) => {
                      setTargetKind(value as TargetKind);
                      setSections([]);
                      chooseDefaultProgram(value === 'organization' ? organizationId : null);
                    }}
                    data={(['organization', 'service'] as const).map((value) => ({
                      value,
                      label: t(`referrals.targetKinds.${value}`),
                    }))}
                    style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
                  />
                </Stack>
                {targetKind === 'organization' ? (
                  <NativeSelect
                    label={t('referrals.organization')}
                    value={organizationId}
                    required
                    onChange={(event) => {
                      setOrganizationId(event.currentTarget.value);
                      const chosen = targets.data?.organizations.find(
                        (o) => o.id === event.currentTarget.value,
                      );
                      setSections(chosen?.sections.includes('identity') ? ['identity'] : []);
                      chooseDefaultProgram(event.currentTarget.value);
                    }}
                    data={[
                      { value: '', label: '—' },
                      ...targets.data.organizations.map((o) => ({ value: o.id, label: o.name })),
                    ]}
                    error={errors['body.receiverOrganizationId']}
                  />
                ) : (
                  <>
                    <NativeSelect
                      label={t('referrals.service')}
                      value={serviceId}
                      required
                      onChange={(event) => {
                        setServiceId(event.currentTarget.value);
                        const chosen = targets.data?.services.find((s) => s.id === event.currentTarget.value);
                        if (chosen) setPurpose(chosen.kind);
                        chooseDefaultProgram(null);
                      }}
                      data={[
                        { value: '', label: '—' },
                        ...targets.data.services.map((s) => ({
                          value: s.id,
                          label: s.providerName ? `${s.name} — ${s.providerName}` : s.name,
                        })),
                      ]}
                    />
                    <Text size="sm" c="dimmed">
                      {t('referrals.serviceHint')}
                    </Text>
                  </>
                )}
                {noConsent ? (
                  <Alert color="orange" role="alert">
                    <Stack gap="xs">
                      <Text size="sm">{t('referrals.noConsent')}</Text>
                      <Anchor
                        size="sm"
                        renderRoot={(props) => (
                          <Link
                            to="/people/$personId"
                            params={{ personId }}
                            search={{ tab: 'consent' }}
                            {...props}
                          />
                        )}
                      >
                        {t('referrals.recordConsent')}
                      </Anchor>
                    </Stack>
                  </Alert>
                ) : null}
                <NativeSelect
                  label={t('referrals.purposeLabel')}
                  value={purpose}
                  onChange={(event) => setPurpose(event.currentTarget.value as Kind)}
                  data={referralKinds.map((value) => ({ value, label: t(`referrals.purpose.${value}`) }))}
                />
                {targets.data.programs.length > 0 ? (
                  <NativeSelect
                    label={t('referrals.programLabel')}
                    description={t('referrals.programHint')}
                    value={programId}
                    onChange={(event) => setProgramId(event.currentTarget.value)}
                    data={[
                      { value: '', label: t('referrals.noProgram') },
                      ...programChoices.map((p) => ({ value: p.id, label: english ? p.nameEn : p.nameFr })),
                    ]}
                    error={errors['body.programId']}
                  />
                ) : null}
                {targetKind === 'organization' && organization && organization.sections.length > 0 ? (
                  <Checkbox.Group
                    label={t('referrals.sectionsLabel')}
                    description={t('referrals.sectionsHint')}
                    value={sections}
                    onChange={setSections}
                    error={errors['body.sections']}
                  >
                    <Stack gap={6} mt="xs">
                      {organization.sections.map((section) => (
                        <Checkbox key={section} value={section} label={t(`referrals.section.${section}`)} />
                      ))}
                    </Stack>
                  </Checkbox.Group>
                ) : null}
                <Textarea
                  label={t('referrals.messageLabel')}
                  value={message}
                  onChange={(event) => setMessage(event.currentTarget.value)}
                  maxLength={2000}
                  autosize
                  minRows={3}
                  error={errors['body.message']}
                />
                <Group>
                  <Button type="submit" disabled={!ready} loading={send.isPending}>
                    {t('referrals.send')}
                  </Button>
                  <Button variant="subtle" onClick={onDone}>
                    {t('referrals.cancel')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )
        ) : null}
      </QueryState>
    </Paper>
  );
}
