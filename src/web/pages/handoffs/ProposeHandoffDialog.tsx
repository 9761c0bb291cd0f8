import { Alert, Anchor, Button, Checkbox, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { handoffReasons, type ProposeHandoffBody, useProposeHandoff } from '../../api/handoffs.js';
import { usePersonHousehold } from '../../api/households.js';
import { usePersonEnrolments } from '../../api/programs.js';
import { useConsentPartners } from '../../api/sharing.js';
import { Dialog } from '../caseload/Dialog.js';

/**
 * Proposing that another organization of the consortia takes over: why, an open enrolment it carries
 * on (or none), the other members of the person's household who go with them (each under a consent
 * of their own), and what it should know. Without a consent naming it the server refuses, and the
 * dialog points to the file's consents.
 */
export function ProposeHandoffDialog({
  personId,
  opened,
  onClose,
  onProposed,
  receiverOrganizationId,
}: {
  personId: string;
  opened: boolean;
  /** The organization proposed first (the regional partner a move names). */
  receiverOrganizationId?: string;
  onClose: () => void;
  onProposed: (organization: string) => void;
}) {
  const { t } = useTranslation();
  const partners = useConsentPartners();
  const enrolments = usePersonEnrolments(personId);
  const propose = useProposeHandoff(personId);
  const organizations = partners.data?.organizations ?? [];
  const open = (enrolments.data ?? []).filter((enrolment) => enrolment.status === 'enrolled');
  const household = usePersonHousehold(personId);
  const others = (household.data?.household?.members ?? []).filter((m) => m.personId !== personId);
  const [members, setMembers] = useState<string[]>([]);
  const [receiver, setReceiver] = useState(receiverOrganizationId ?? '');
  const [reason, setReason] = useState<ProposeHandoffBody['reason']>('moved_to_region');
  const [enrolment, setEnrolment] = useState('');
  const [message, setMessage] = useState('');
  const errors = fieldErrorsOf(propose.error);
  const consentMissing =
    propose.error instanceof ApiError &&
    (propose.error.code === 'HANDOFF_CONSENT_MISSING' ||
      propose.error.code === 'HANDOFF_MEMBER_CONSENT_MISSING');
  const known = organizations.some((o) => o.id === receiver);
  const chosenReceiver = (known ? receiver : '') || organizations[0]?.id || '';
  const suggestedNotConsented = Boolean(
    receiverOrganizationId && partners.data && !organizations.some((o) => o.id === receiverOrganizationId),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await propose.mutateAsync({
      receiverOrganizationId: chosenReceiver,
      reason,
      enrolmentId: enrolment || null,
      message: message.trim() || null,
      householdMemberIds: members.length > 0 ? members : null,
    });
    onProposed(organizations.find((o) => o.id === chosenReceiver)?.name ?? '');
  };
  return (
    <Dialog opened={opened} onClose={onClose} title={t('handoffs.form.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {propose.error && Object.keys(errors).length === 0 ? (
            <Alert color="red" role="alert">
              {errorMessage(propose.error)}
              {consentMissing ? (
                <>
                  {' '}
                  <Anchor
                    renderRoot={(props) => (
                      <Link
                        to="/people/$personId"
                        params={{ personId }}
                        search={{ tab: 'consent' }}
                        {...props}
                      />
                    )}
                  >
                    {t('handoffs.form.consentTab')}
                  </Anchor>
                </>
              ) : null}
            </Alert>
          ) : null}
          {partners.data && organizations.length === 0 ? <Text>{t('handoffs.form.noPartner')}</Text> : null}
          {suggestedNotConsented ? (
            <Alert color="yellow">{t('handoffs.form.suggestedNotConsented')}</Alert>
          ) : null}
          <NativeSelect
            label={t('handoffs.form.receiver')}
            description={t('handoffs.form.receiverHint')}
            value={chosenReceiver}
            onChange={(event) => setReceiver(event.currentTarget.value)}
            error={errors.receiverOrganizationId}
            data={organizations.map((o) => ({ value: o.id, label: o.name }))}
          />
          <NativeSelect
            label={t('handoffs.form.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value as ProposeHandoffBody['reason'])}
            error={errors.reason}
            data={handoffReasons.map((value) => ({ value, label: t(`handoffs.reason.${value}`) }))}
          />
          <NativeSelect
            label={t('handoffs.form.enrolment')}
            description={t('handoffs.form.enrolmentHint')}
            value={enrolment}
            onChange={(event) => setEnrolment(event.currentTarget.value)}
            error={errors.enrolmentId}
            data={[
              { value: '', label: t('handoffs.form.noEnrolment') },
              ...open.map((e) => ({ value: e.id, label: e.programName })),
            ]}
          />
          {others.length > 0 ? (
            <Checkbox.Group
              label={t('handoffs.form.householdMembers')}
              description={t('handoffs.form.householdMembersHint')}
              value={members}
              onChange={setMembers}
              error={errors.householdMemberIds}
            >
              <Stack gap={4} mt={4}>
                {others.map((m) => (
                  <Checkbox
                    key={m.personId}
                    value={m.personId}
                    label={`${m.givenName} ${m.familyName} (${t(`handoffs.relation.${m.relation}`)})`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          ) : null}
          <Textarea
            label={t('handoffs.form.message')}
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
            error={errors.message}
            autosize
            minRows={3}
            maxLength={4000}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={propose.isPending} disabled={!chosenReceiver}>
              {t('handoffs.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
