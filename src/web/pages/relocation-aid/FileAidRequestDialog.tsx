import { Button, Group, NativeSelect, NumberInput, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonDocuments } from '../../api/documents.js';
import { fieldErrorsOf } from '../../api/errors.js';
import { usePrograms } from '../../api/programs.js';
import {
  aidPurposes,
  costKindsByPurpose,
  type FileAidRequestBody,
  quebecRegionCodes,
  useFileAidRequest,
} from '../../api/relocation-aid.js';
import { FormErrorAlert } from '../../components/FormErrorAlert.js';
import { Dialog } from '../caseload/Dialog.js';
import { centsOf, regionName } from './aid-format.js';

type Purpose = FileAidRequestBody['purpose'];
type Region = (typeof quebecRegionCodes)[number];
interface LineDraft {
  kind: string;
  amount: number | string;
  description: string;
  receiptDocumentId: string;
}

const emptyLine = (purpose: Purpose): LineDraft => ({
  kind: costKindsByPurpose[purpose][0],
  amount: '',
  description: '',
  receiptDocumentId: '',
});

/**
 * Filing a request on the person's file: the program, what it is for and where, the dependants taking
 * part, and its costs, each with its receipt chosen among the file's documents. The server assesses it
 * under the program's rules; the file shows what they allow.
 */
export function FileAidRequestDialog({
  personId,
  opened,
  onClose,
  onFiled,
}: {
  personId: string;
  opened: boolean;
  onClose: () => void;
  onFiled: () => void;
}) {
  const { t } = useTranslation();
  const programs = usePrograms();
  const documents = usePersonDocuments(personId);
  const file = useFileAidRequest(personId);
  const active = (programs.data ?? []).filter((p) => p.status === 'active');
  const [programId, setProgramId] = useState('');
  const [purpose, setPurpose] = useState<Purpose>('exploratory_stay');
  const [region, setRegion] = useState<Region>('08');
  const [dependants, setDependants] = useState<number | string>(0);
  const [note, setNote] = useState('');
  const [lines, setLines] = useState<LineDraft[]>([emptyLine('exploratory_stay')]);
  const errors = fieldErrorsOf(file.error);
  const chosenProgram = programId || active[0]?.id || '';
  const setLine = (index: number, change: Partial<LineDraft>) =>
    setLines((all) => all.map((line, i) => (i === index ? { ...line, ...change } : line)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await file.mutateAsync({
      programId: chosenProgram,
      purpose,
      regionCode: region,
      dependantsCount: Number(dependants) || 0,
      note: note.trim() || null,
      lines: lines.map((l) => ({
        kind: l.kind as FileAidRequestBody['lines'][number]['kind'],
        amountCents: centsOf(l.amount),
        description: l.description.trim() || null,
        receiptDocumentId: l.receiptDocumentId || null,
      })),
    });
    setLines([emptyLine(purpose)]);
    setNote('');
    onFiled();
  };
  const documentOptions = [
    { value: '', label: t('relocationAid.form.noReceipt') },
    ...(documents.data?.items ?? []).map((d) => ({ value: d.id, label: d.title })),
  ];
  return (
    <Dialog opened={opened} onClose={onClose} title={t('relocationAid.form.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormErrorAlert error={file.error} />
          <NativeSelect
            label={t('relocationAid.form.program')}
            value={chosenProgram}
            onChange={(event) => setProgramId(event.currentTarget.value)}
            error={errors.programId}
            data={active.map((p) => ({ value: p.id, label: p.name }))}
          />
          <NativeSelect
            label={t('relocationAid.form.purpose')}
            value={purpose}
            onChange={(event) => {
              const next = event.currentTarget.value as Purpose;
              setPurpose(next);
              setLines((all) => all.map((l) => ({ ...l, kind: costKindsByPurpose[next][0] })));
            }}
            error={errors.purpose}
            data={aidPurposes.map((value) => ({ value, label: t(`relocationAid.purpose.${value}`) }))}
          />
          <NativeSelect
            label={t('relocationAid.form.region')}
            value={region}
            onChange={(event) => setRegion(event.currentTarget.value as Region)}
            error={errors.regionCode}
            data={quebecRegionCodes.map((value) => ({ value, label: regionName(value) }))}
          />
          <NumberInput
            label={t('relocationAid.form.dependants')}
            value={dependants}
            onChange={setDependants}
            min={0}
            max={30}
            allowDecimal={false}
            error={errors.dependantsCount}
          />
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend>{t('relocationAid.form.lines')}</legend>
            <Stack gap="xs">
              {lines.map((line, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id before they are filed
                <Paper key={index} withBorder p="xs">
                  <Stack gap={4}>
                    <NativeSelect
                      label={t('relocationAid.form.kind')}
                      value={line.kind}
                      onChange={(event) => setLine(index, { kind: event.currentTarget.value })}
                      error={errors[`lines.${index}.kind`]}
                      data={costKindsByPurpose[purpose].map((value) => ({
                        value,
                        label: t(`relocationAid.costKind.${value}`),
                      }))}
                    />
                    <NumberInput
                      label={t('relocationAid.form.amount')}
                      value={line.amount}
                      onChange={(value) => setLine(index, { amount: value })}
                      min={0.01}
                      decimalScale={2}
                      error={errors[`lines.${index}.amountCents`]}
                    />
                    <TextInput
                      label={t('relocationAid.form.description')}
                      value={line.description}
                      onChange={(event) => setLine(index, { description: event.currentTarget.value })}
                      maxLength={300}
                      error={errors[`lines.${index}.description`]}
                    />
                    <NativeSelect
                      label={t('relocationAid.form.receipt')}
                      value={line.receiptDocumentId}
                      onChange={(event) => setLine(index, { receiptDocumentId: event.currentTarget.value })}
                      error={errors[`lines.${index}.receiptDocumentId`]}
                      data={documentOptions}
                    />
                    {lines.length > 1 ? (
                      <Group justify="flex-end">
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => setLines((all) => all.filter((_, i) => i !== index))}
                        >
                          {t('relocationAid.form.removeLine')}
                        </Button>
                      </Group>
                    ) : null}
                  </Stack>
                </Paper>
              ))}
              <Group>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => setLines((all) => [...all, emptyLine(purpose)])}
                >
                  {t('relocationAid.form.addLine')}
                </Button>
              </Group>
            </Stack>
          </fieldset>
          <Textarea
            label={t('relocationAid.form.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
            autosize
            minRows={2}
            maxLength={2000}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('relocationAid.form.cancel')}
            </Button>
            <Button type="submit" loading={file.isPending} disabled={!chosenProgram}>
              {t('relocationAid.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
