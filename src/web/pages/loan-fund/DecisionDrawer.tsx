import {
  Alert,
  Button,
  Drawer,
  Group,
  Radio,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { type ApplicationView, type FundDetail, useDecideApplication } from '../../api/loan-fund.js';
import { notify } from '../../notify.js';
import { ApplicationDetails } from './ApplicationDetails.js';
import { fromCents, toCents } from './money.js';
import { MoneyInput, todayIso } from './ui.js';

export function DecisionDrawer({
  fund,
  application,
  onClose,
}: {
  fund: FundDetail;
  application: ApplicationView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 40em)');
  return (
    <Drawer.Root
      opened={application !== null}
      onClose={onClose}
      position="right"
      size={narrow ? '100%' : 'xl'}
    >
      <Drawer.Overlay />
      <Drawer.Content>
        {/* A <header> inside the dialog would be a second page banner for assistive technology. */}
        <Drawer.Header component="div">
          <Drawer.Title>
            {application ? t('loanFund.applications.drawerTitle', { reference: application.reference }) : ''}
          </Drawer.Title>
          <Drawer.CloseButton aria-label={t('app.close')} />
        </Drawer.Header>
        <Drawer.Body>
          {application ? (
            <Stack gap="lg">
              <ApplicationDetails application={application} currency={fund.currency} />
              {fund.can.manage && application.status === 'submitted' ? (
                <DecisionForm key={application.id} fund={fund} application={application} onDone={onClose} />
              ) : null}
            </Stack>
          ) : null}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}

function DecisionForm({
  fund,
  application,
  onDone,
}: {
  fund: FundDetail;
  application: ApplicationView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const decide = useDecideApplication(fund.id);
  const [outcome, setOutcome] = useState<'approve' | 'decline'>('approve');
  const [amount, setAmount] = useState<number | string>(fromCents(application.requestedCents));
  const [reasons, setReasons] = useState('');
  const [committee, setCommittee] = useState<string[]>([]);
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const errors = fieldErrorsOf(decide.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await decide.mutateAsync({
        applicationId: application.id,
        body: {
          outcome,
          approvedCents: outcome === 'approve' ? (toCents(amount) ?? undefined) : undefined,
          reasons,
          committeeMembers: committee,
          decidedOn: decidedOn || undefined,
        },
      });
      notify({
        color: 'green',
        message: t(
          result.status === 'approved'
            ? 'loanFund.decision.approvedNotice'
            : 'loanFund.decision.declinedNotice',
          { reference: result.reference },
        ),
      });
      onDone();
    } catch {
      // Shown above the form.
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="decision-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="decision-title">
          {t('loanFund.decision.title')}
        </Title>
        {decide.error ? (
          <Alert color="red" role="alert">
            {errorMessage(decide.error)}
          </Alert>
        ) : null}
        <Radio.Group
          label={t('loanFund.decision.outcome')}
          value={outcome}
          onChange={(value) => setOutcome(value === 'decline' ? 'decline' : 'approve')}
          required
        >
          <Group mt="xs">
            <Radio value="approve" label={t('loanFund.decision.approve')} />
            <Radio value="decline" label={t('loanFund.decision.decline')} />
          </Group>
        </Radio.Group>
        {outcome === 'approve' ? (
          <MoneyInput
            label={t('loanFund.decision.approvedAmount')}
            description={t('loanFund.decision.approvedAmountHint')}
            currency={fund.currency}
            value={amount}
            onChange={setAmount}
            error={errors.approvedCents}
            required
          />
        ) : null}
        <Textarea
          label={t('loanFund.decision.reasons')}
          required
          autosize
          minRows={3}
          value={reasons}
          error={errors.reasons}
          onChange={(event) => setReasons(event.currentTarget.value)}
        />
        <TagsInput
          label={t('loanFund.decision.committee')}
          description={t('loanFund.decision.committeeHint')}
          value={committee}
          onChange={setCommittee}
          splitChars={[',', ';']}
          error={errors.committeeMembers}
          clearable
        />
        <TextInput
          type="date"
          label={t('loanFund.decision.decidedOn')}
          value={decidedOn}
          error={errors.decidedOn}
          onChange={(event) => setDecidedOn(event.currentTarget.value)}
        />
        <Group>
          <Button
            type="submit"
            loading={decide.isPending}
            color={outcome === 'decline' ? 'red.8' : undefined}
          >
            {outcome === 'approve'
              ? t('loanFund.decision.submitApprove')
              : t('loanFund.decision.submitDecline')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
