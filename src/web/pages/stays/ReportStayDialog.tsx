import { Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors.js';
import { type ReportStayBody, type StaySummary, stayDecisions, useReportStay } from '../../api/stays.js';
import { FormErrorAlert } from '../../components/FormErrorAlert.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';

/**
 * The report on a stay once it has begun: what the household decided (and, for a decision to move, the
 * day it was taken) and a note. A later report corrects the decision. From the file and the stay's page.
 */
export function ReportStayDialog({ stay, onClose }: { stay: StaySummary; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportStay();
  const [decision, setDecision] = useState<ReportStayBody['decision']>(stay.decision ?? 'interested');
  const [decidedOn, setDecidedOn] = useState(stay.decidedOn ?? '');
  const [note, setNote] = useState('');
  const errors = fieldErrorsOf(report.error);
  const moving = decision === 'decided_to_move';
  return (
    <Dialog opened onClose={onClose} title={t('stays.report.title', { region: stay.region.name })}>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          await report.mutateAsync({
            stayId: stay.id,
            body: { decision, decidedOn: moving ? decidedOn || null : null, note: note.trim() || null },
          });
          notify({ color: 'green', message: t('stays.report.done') });
          onClose();
        }}
      >
        <Stack gap="sm">
          <FormErrorAlert error={report.error} />
          <Text size="sm">{t('stays.report.intro')}</Text>
          <NativeSelect
            label={t('stays.report.decision')}
            value={decision}
            onChange={(event) => setDecision(event.currentTarget.value as ReportStayBody['decision'])}
            error={errors.decision}
            data={stayDecisions.map((value) => ({ value, label: t(`stays.decision.${value}`) }))}
          />
          {moving ? (
            <TextInput
              type="date"
              label={t('stays.report.decidedOn')}
              description={t('stays.report.decidedOnHint')}
              value={decidedOn}
              min={stay.startsOn}
              onChange={(event) => setDecidedOn(event.currentTarget.value)}
              error={errors.decidedOn}
              required
            />
          ) : null}
          <Textarea
            label={t('stays.report.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
            autosize
            minRows={2}
            maxLength={4000}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={report.isPending} disabled={moving && !decidedOn}>
              {t('stays.report.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
