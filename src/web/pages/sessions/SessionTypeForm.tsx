import { Checkbox, NumberInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { commonLanguages } from '../../api/people.js';
import { sessionKinds, sessionModes, useCreateSessionType } from '../../api/sessions.js';
import { EntryForm } from '../../components/EntryForm.js';
import { languageName } from '../../format-names.js';
import { notify } from '../../notify.js';

type Kind = (typeof sessionKinds)[number];
type Mode = (typeof sessionModes)[number];
interface RuleValue {
  on: boolean;
  percent: number | string;
}

/** The share of hours most funders ask for before an attestation. */
const defaultMinimumPercent = 80;

/** Adds a type to the organization's catalog, then hands its id back to select it. */
export function SessionTypeForm({ onDone }: { onDone: (typeId: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreateSessionType();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <EntryForm
      title={t('sessions.type.new')}
      initial={{
        audience: 'beneficiaries',
        kind: 'workshop',
        mode: 'in_person',
        language: 'fr',
        durationMinutes: 120,
        rule: { on: true, percent: defaultMinimumPercent } satisfies RuleValue,
        trainingPoints: 0,
      }}
      fields={[
        { name: 'code', label: t('sessions.type.code'), kind: 'text', required: true },
        { name: 'nameFr', label: t('sessions.type.nameFr'), kind: 'text', required: true },
        { name: 'nameEn', label: t('sessions.type.nameEn'), kind: 'text', required: true },
        {
          name: 'kind',
          label: t('sessions.field.kind'),
          kind: 'select',
          required: true,
          options: sessionKinds.map((value) => ({ value, label: t(`sessions.kind.${value}`) })),
        },
        {
          name: 'audience',
          label: t('sessions.field.audience'),
          kind: 'select',
          required: true,
          options: (['beneficiaries', 'staff'] as const).map((value) => ({
            value,
            label: t(`sessions.audience.${value}`),
          })),
        },
        {
          name: 'language',
          label: t('sessions.field.language'),
          kind: 'select',
          required: true,
          options: commonLanguages.map((value) => ({ value, label: languageName(value, language) })),
        },
        {
          name: 'durationMinutes',
          label: t('sessions.type.durationMinutes'),
          kind: 'number',
          required: true,
          min: 5,
          max: 1440,
        },
        { name: 'capacity', label: t('sessions.type.capacity'), kind: 'number', min: 1, max: 10_000 },
        {
          name: 'mode',
          label: t('sessions.field.mode'),
          kind: 'select',
          required: true,
          options: sessionModes.map((value) => ({ value, label: t(`sessions.mode.${value}`) })),
        },
        {
          name: 'trainingPoints',
          label: t('sessions.type.trainingPoints'),
          kind: 'custom',
          render: (value, set, error) => (
            <NumberInput
              label={t('sessions.type.trainingPoints')}
              description={t('sessions.type.trainingPointsHint')}
              min={0}
              max={1000}
              allowDecimal={false}
              value={(value as number | undefined) ?? ''}
              error={error}
              onChange={(next) => set(typeof next === 'number' ? next : undefined)}
            />
          ),
        },
        {
          name: 'rule',
          label: t('sessions.type.attestation'),
          kind: 'custom',
          errorPath: 'attestationRule.minAttendancePercent',
          render: (value, set, error) => {
            const rule = (value as RuleValue | undefined) ?? { on: false, percent: defaultMinimumPercent };
            return (
              <Stack gap="xs">
                <Checkbox
                  label={t('sessions.type.attestation')}
                  checked={rule.on}
                  onChange={(event) => set({ ...rule, on: event.currentTarget.checked })}
                />
                {rule.on ? (
                  <NumberInput
                    label={t('sessions.type.minimumPercent')}
                    description={t('sessions.type.minimumPercentHint')}
                    required
                    min={1}
                    max={100}
                    allowDecimal={false}
                    suffix=" %"
                    value={rule.percent}
                    error={error}
                    onChange={(next) => set({ ...rule, percent: next })}
                  />
                ) : null}
              </Stack>
            );
          },
        },
      ]}
      submitLabel={t('sessions.type.submit')}
      onCancel={() => onDone(null)}
      onSubmit={async (values) => {
        const rule = values.rule as RuleValue | undefined;
        const capacity = values.capacity as number | undefined;
        const created = await create.mutateAsync({
          code: String(values.code ?? ''),
          nameFr: String(values.nameFr ?? ''),
          nameEn: String(values.nameEn ?? ''),
          kind: values.kind as Kind,
          audience: values.audience as 'beneficiaries' | 'staff',
          language: String(values.language ?? ''),
          durationMinutes: Number(values.durationMinutes ?? 0),
          capacity: capacity ?? null,
          mode: values.mode as Mode,
          attestationRule: rule?.on
            ? { minAttendancePercent: Number(rule.percent), requireCompleteRollCall: true }
            : null,
          trainingPoints: Number(values.trainingPoints ?? 0),
        });
        notify({ color: 'green', message: t('sessions.type.added', { code: String(values.code) }) });
        onDone(created.id);
      }}
    />
  );
}
