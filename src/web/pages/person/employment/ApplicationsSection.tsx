import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listOffersRoute } from '../../../../contracts/offers.js';
import {
  type ApplicationItem,
  mayReadApplications,
  mayWorkOnApplications,
  usePersonApplications,
  useProposeApplication,
} from '../../../api/applications.js';
import { call } from '../../../api/client.js';
import { errorMessage } from '../../../api/errors.js';
import { useSession } from '../../../api/session.js';
import { QueryState } from '../../../components/QueryState.js';
import { type PickerOption, SearchPicker } from '../../../components/SearchPicker.js';
import { formatDate } from '../../../format.js';
import { notify } from '../../../notify.js';
import { ApplicationCard, OfferHeading } from '../../applications/ApplicationCard.js';
import { Dialog } from '../../caseload/Dialog.js';
import { MergedFileBadge } from '../MergedFileBadge.js';

/**
 * The person's job applications (employment tab): propose them for an open offer, move each application
 * on with its reason, comment. `onHire` opens the placements' form for "Hired"; without it, the hire is
 * not offered here.
 */
export function ApplicationsSection({
  personId,
  onHire,
}: {
  personId: string;
  onHire?: (application: ApplicationItem) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const role = session.role;
  const applications = usePersonApplications(personId, mayReadApplications(role));
  const [proposing, setProposing] = useState(false);
  if (!mayReadApplications(role)) return null;
  const mayWork = mayWorkOnApplications(role);
  const data = applications.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="applications-title">
      <Group justify="space-between" align="flex-start" mb="xs" wrap="wrap">
        <div>
          <Title order={2} size="h4" id="applications-title">
            {t('applications.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('applications.intro')}
          </Text>
        </div>
        {mayWork ? (
          <Button size="sm" onClick={() => setProposing(true)}>
            {t('applications.propose')}
          </Button>
        ) : null}
      </Group>
      <QueryState
        isPending={applications.isPending}
        error={applications.error}
        onRetry={() => applications.refetch()}
      >
        {data ? (
          <Stack gap="sm">
            {!data.consentToContactEmployers && mayWork ? (
              <Alert color="yellow" variant="light">
                {t('applications.noConsent')}
              </Alert>
            ) : null}
            {data.items.length === 0 ? <Text>{t('applications.empty')}</Text> : null}
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {data.items.map((application) => (
                <ApplicationCard
                  key={application.id}
                  application={application}
                  heading={
                    <>
                      <OfferHeading application={application} />
                      {application.fromMergedFile ? (
                        <MergedFileBadge file={application.fromMergedFile} />
                      ) : null}
                    </>
                  }
                  // A merged file's application is moved and commented on that file, where it stays.
                  mayWork={mayWork && !application.fromMergedFile}
                  onHire={application.fromMergedFile ? undefined : onHire}
                />
              ))}
            </Stack>
          </Stack>
        ) : null}
      </QueryState>
      {proposing ? <ProposeDialog personId={personId} onClose={() => setProposing(false)} /> : null}
    </Paper>
  );
}

function ProposeDialog({ personId, onClose }: { personId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const propose = useProposeApplication(personId);
  const [offer, setOffer] = useState<PickerOption | null>(null);
  const [note, setNote] = useState('');
  const search = async (text: string, signal: AbortSignal): Promise<PickerOption[]> => {
    const page = await call(listOffersRoute, { query: { status: 'open', q: text, pageSize: 20 }, signal });
    return page.items.map((o) => ({
      value: o.id,
      label: o.title,
      hint: [o.employer.name, o.placeName, o.expiresOn ? formatDate(o.expiresOn) : null]
        .filter(Boolean)
        .join(' · '),
    }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!offer) return;
    propose.mutate(
      { offerId: offer.value, note: note.trim() || null },
      {
        onSuccess: () => {
          notify({ color: 'green', message: t('applications.proposed') });
          onClose();
        },
      },
    );
  };
  return (
    <Dialog opened onClose={onClose} title={t('applications.proposeTitle')}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          {propose.error ? (
            <Text c="red" role="alert" size="sm">
              {errorMessage(propose.error)}
            </Text>
          ) : null}
          <SearchPicker
            label={t('applications.offer')}
            description={t('applications.offerHint')}
            queryKey="open-offers"
            search={search}
            value={offer}
            onChange={setOffer}
          />
          <Textarea
            label={t('applications.note')}
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('applications.cancel')}
            </Button>
            <Button type="submit" loading={propose.isPending} disabled={!offer}>
              {t('applications.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
