import { Alert, Button, Checkbox, Group, NativeSelect, Radio, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBulkReassign, useEligibleReferents } from '../../api/caseload.js';
import { errorMessage } from '../../api/errors.js';
import { useStaffOptions } from '../../api/people.js';
import { notify } from '../../notify.js';
import { Dialog } from './Dialog.js';

export type BulkReassignTarget = { kind: 'selection'; personIds: string[] } | { kind: 'caseload' };

/**
 * Hands the selected people, or a whole colleague's caseload, over to one or several colleagues.
 * The server checks every colleague first: one who cannot follow people changes nothing.
 */
export function BulkReassignDialog({
  target,
  onClose,
  onDone,
}: {
  target: BulkReassignTarget | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      opened={target !== null}
      onClose={onClose}
      size="lg"
      title={
        target?.kind === 'caseload' ? t('caseload.bulk.titleCaseload') : t('caseload.bulk.titleSelection')
      }
    >
      {target ? <BulkReassignForm target={target} onCancel={onClose} onDone={onDone} /> : null}
    </Dialog>
  );
}

function BulkReassignForm({
  target,
  onCancel,
  onDone,
}: {
  target: BulkReassignTarget;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const staff = useStaffOptions();
  const eligible = useEligibleReferents();
  const reassign = useBulkReassign();
  const [fromUserId, setFromUserId] = useState('');
  const [toUserIds, setToUserIds] = useState<string[]>([]);
  const [strategy, setStrategy] = useState<'even' | 'leastLoaded'>('even');
  const [reason, setReason] = useState('');
  const receivers = (eligible.data ?? []).filter((member) => member.userId !== fromUserId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await reassign.mutateAsync({
        ...(target.kind === 'selection' ? { personIds: target.personIds } : { fromUserId }),
        toUserIds: toUserIds.filter((id) => id !== fromUserId),
        strategy,
        reason: reason.trim() || null,
      });
      notify({
        color: 'green',
        message:
          result.reassigned === 0
            ? t('caseload.bulk.nobody')
            : t('caseload.bulk.done', { count: result.reassigned }),
      });
      onDone();
    } catch {
      // Shown above the form.
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {reassign.error ? (
          <Alert color="red" role="alert">
            {errorMessage(reassign.error)}
          </Alert>
        ) : null}
        {target.kind === 'caseload' ? (
          <NativeSelect
            label={t('caseload.bulk.from')}
            description={t('caseload.bulk.fromHint')}
            required
            value={fromUserId}
            onChange={(event) => setFromUserId(event.currentTarget.value)}
            data={[
              { value: '', label: '—' },
              ...(staff.data ?? []).map((member) => ({ value: member.userId, label: member.displayName })),
            ]}
          />
        ) : null}
        <Checkbox.Group
          label={t('caseload.bulk.to')}
          description={t('caseload.bulk.toHint')}
          required
          value={toUserIds}
          onChange={setToUserIds}
        >
          <Stack gap="xs" mt="xs">
            {receivers.map((member) => (
              <Checkbox key={member.userId} value={member.userId} label={member.displayName} />
            ))}
          </Stack>
        </Checkbox.Group>
        {toUserIds.length > 1 ? (
          <Radio.Group
            label={t('caseload.bulk.strategy')}
            value={strategy}
            onChange={(value) => setStrategy(value === 'leastLoaded' ? 'leastLoaded' : 'even')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="even" label={t('caseload.bulk.even')} />
              <Radio value="leastLoaded" label={t('caseload.bulk.leastLoaded')} />
            </Stack>
          </Radio.Group>
        ) : null}
        <Textarea
          label={t('caseload.bulk.reason')}
          description={t('caseload.bulk.reasonHint')}
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group>
          <Button
            type="submit"
            loading={reassign.isPending}
            disabled={toUserIds.length === 0 || (target.kind === 'caseload' && !fromUserId)}
          >
            {t('caseload.bulk.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
