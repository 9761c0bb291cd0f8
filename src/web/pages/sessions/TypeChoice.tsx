import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionType } from '../../api/sessions.js';
import { Facts } from '../person/Facts.js';
import { useSessionFormat } from './ui.js';

/** A type's name in the interface language (the catalog names each type in French and English). */
export function useTypeName() {
  const { i18n } = useTranslation();
  const english = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  return (type: Pick<SessionType, 'nameFr' | 'nameEn'>) => (english ? type.nameEn : type.nameFr);
}

export function TypeChoice({
  types,
  typeId,
  onChoose,
  onAdd,
  adding,
}: {
  types: SessionType[];
  typeId: string | null;
  onChoose: (id: string | null) => void;
  onAdd: () => void;
  adding: boolean;
}) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  const nameOf = useTypeName();
  const chosen = types.find((type) => type.id === typeId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="type-title">
      <Title order={2} size="h4" id="type-title" mb="sm">
        {t('sessions.plan.typeStep')}
      </Title>
      {types.length === 0 ? <Text mb="sm">{t('sessions.type.empty')}</Text> : null}
      <Group align="flex-end" wrap="wrap">
        {types.length > 0 ? (
          <NativeSelect
            label={t('sessions.field.type')}
            value={typeId ?? ''}
            onChange={(event) => onChoose(event.currentTarget.value || null)}
            data={[
              { value: '', label: t('sessions.plan.chooseType') },
              ...types.map((type) => ({
                value: type.id,
                label: `${nameOf(type)} (${type.code})`,
              })),
            ]}
            style={{ flex: 1, minWidth: 220 }}
          />
        ) : null}
        {adding ? null : (
          <Button variant="light" onClick={onAdd}>
            {t('sessions.type.new')}
          </Button>
        )}
      </Group>
      {chosen ? (
        <Stack mt="md">
          <Facts
            items={[
              { label: t('sessions.field.kind'), value: t(`sessions.kind.${chosen.kind}`) },
              { label: t('sessions.field.audience'), value: t(`sessions.audience.${chosen.audience}`) },
              { label: t('sessions.field.mode'), value: t(`sessions.mode.${chosen.mode}`) },
              { label: t('sessions.field.duration'), value: format.duration(chosen.durationMinutes) },
              {
                label: t('sessions.field.capacity'),
                value: chosen.capacity === null ? t('sessions.seats.unlimited') : String(chosen.capacity),
              },
              {
                label: t('sessions.field.attestation'),
                value: chosen.attestationRule
                  ? t('sessions.type.ruleSummary', { percent: chosen.attestationRule.minAttendancePercent })
                  : t('sessions.type.noAttestation'),
              },
            ]}
          />
        </Stack>
      ) : null}
    </Paper>
  );
}
