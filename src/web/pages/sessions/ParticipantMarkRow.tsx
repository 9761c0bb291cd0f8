import { Badge, Checkbox, Chip, Fieldset, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { attendanceMarks, type RollCall } from '../../api/sessions.js';
import { type Mark, type MarkState, withMinutes } from './roll-call.js';
import { lateOrange } from './ui.js';

type RollCallParticipant = RollCall['participants'][number];

/**
 * One participant on a phone held in one hand: five large choices that are real radio buttons (one
 * name per participant, so arrow keys move between them), minutes only when they matter.
 */
export function ParticipantMarkRow({
  participant,
  state,
  changed,
  meetingMinutes,
  onChange,
}: {
  participant: RollCallParticipant;
  state: MarkState;
  changed: boolean;
  meetingMinutes: number;
  onChange: (next: MarkState) => void;
}) {
  const { t } = useTranslation();
  const legend = (
    <>
      <Text span fw={600}>
        {participant.name}
      </Text>
      {participant.mine ? null : (
        <Text span size="sm">
          {' '}
          · {participant.organizationName}
        </Text>
      )}
      {changed ? (
        <Badge ms="xs" color={lateOrange} variant="filled" tt="none">
          {t('sessions.rollCall.changed')}
        </Badge>
      ) : null}
    </>
  );
  return (
    <Fieldset legend={legend} p="sm" pt="xs">
      <Stack gap="xs">
        <Chip.Group value={state.mark} onChange={(value) => onChange({ ...state, mark: value as Mark })}>
          <SimpleGrid cols={{ base: 3, sm: 5 }} spacing={6} verticalSpacing={6}>
            {attendanceMarks.map((mark) => (
              <Chip
                key={mark}
                value={mark}
                name={`mark-${participant.enrolmentId}`}
                size="md"
                radius="sm"
                styles={{
                  root: { width: '100%' },
                  label: { width: '100%', justifyContent: 'center', height: 44, paddingInline: 6 },
                }}
              >
                {t(`sessions.mark.${mark}`)}
              </Chip>
            ))}
          </SimpleGrid>
        </Chip.Group>
        {withMinutes(state.mark) ? (
          <NumberInput
            label={
              state.mark === 'late' ? t('sessions.rollCall.minutesLate') : t('sessions.rollCall.minutesEarly')
            }
            min={0}
            max={meetingMinutes}
            allowDecimal={false}
            clampBehavior="strict"
            inputMode="numeric"
            value={state.minutesMissed}
            onChange={(value) => onChange({ ...state, minutesMissed: typeof value === 'number' ? value : 0 })}
            maw={220}
          />
        ) : null}
        <Checkbox
          label={t('sessions.rollCall.recording')}
          checked={!state.live}
          onChange={(event) => onChange({ ...state, live: !event.currentTarget.checked })}
        />
      </Stack>
    </Fieldset>
  );
}
