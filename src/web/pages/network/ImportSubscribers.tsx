import { Alert, Button, FileInput, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useImportSubscribers } from '../../api/network.js';
import { notify } from '../../notify.js';

type Outcome = Awaited<ReturnType<ReturnType<typeof useImportSubscribers>['mutateAsync']>>;

/** A CSV checked first (nothing written), then imported all at once; each line in error named. */
export function ImportSubscribers({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const run = useImportSubscribers();
  const [csv, setCsv] = useState<string | null>(null);
  const [wording, setWording] = useState(t('network.bulletin.defaultWording'));
  const [checked, setChecked] = useState<Outcome | null>(null);
  const go = async (dryRun: boolean) => {
    if (!csv) return;
    const outcome = await run.mutateAsync({ csv, consentWording: wording.trim(), dryRun });
    if (dryRun || outcome.errors.length > 0) setChecked(outcome);
    else {
      notify({ color: 'green', message: t('network.bulletin.importDone', { imported: outcome.imported }) });
      onDone();
    }
  };
  return (
    <Stack>
      <Text size="sm">{t('network.bulletin.importHint')}</Text>
      {run.error ? (
        <Alert color="red" role="alert">
          {errorMessage(run.error)}
        </Alert>
      ) : null}
      <FileInput
        label={t('network.bulletin.file')}
        accept=".csv,text/csv"
        onChange={async (file) => {
          setChecked(null);
          setCsv(file ? await file.text() : null);
        }}
      />
      <Textarea
        label={t('network.bulletin.fields.consentWording')}
        required
        autosize
        minRows={2}
        maxLength={1000}
        value={wording}
        onChange={(event) => setWording(event.currentTarget.value)}
      />
      {checked ? (
        checked.errors.length > 0 ? (
          <Alert color="red" role="alert" title={t('network.bulletin.importErrors')}>
            <List size="sm">
              {checked.errors.slice(0, 50).map((e) => (
                <List.Item key={`${e.line}-${e.column}`}>
                  {t('network.bulletin.importError', { line: e.line, column: e.column, code: e.code })}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <Alert color="blue" role="status">
            {t('network.bulletin.importChecked', {
              imported: checked.imported,
              already: checked.alreadySubscribed,
              unsubscribed: checked.unsubscribedBefore,
            })}
          </Alert>
        )
      ) : null}
      <Group>
        <Button
          variant="default"
          disabled={!csv || !wording.trim()}
          loading={run.isPending}
          onClick={() => go(true).catch(() => {})}
        >
          {t('network.bulletin.check')}
        </Button>
        <Button
          disabled={!csv || !wording.trim()}
          loading={run.isPending}
          onClick={() => go(false).catch(() => {})}
        >
          {t('network.bulletin.importNow')}
        </Button>
      </Group>
    </Stack>
  );
}
