import { Button, List, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../api/plans.js';
import { PlanFieldsForm } from './PlanFieldsForm.js';

/**
 * The funder's fields, read as short lists; edited in one form. `recognitionSteps`, when the person has a
 * recognition case, shows its steps where the plan's own recognition text would be.
 */
export function PlanFields({
  personId,
  plan,
  recognitionSteps,
}: {
  personId: string;
  plan: Plan;
  recognitionSteps?: ReactNode;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const headingId = `plan-fields-${plan.id}`;
  const recognition = plan.credentialRecognition;
  const sections: [string, string[]][] = [
    [t('plans.fields.jobTitles'), plan.targetJobTitles],
    [
      t('plans.fields.barriers'),
      plan.barriers.map((b) => `${t(`plans.barrierKinds.${b.kind}`)}: ${b.description} — ${b.mitigation}`),
    ],
    [
      t('plans.fields.courses'),
      plan.courses.map((c) => (c.provider ? `${c.title} (${c.provider})` : c.title)),
    ],
    [
      t('plans.fields.experience'),
      plan.experienceOpportunities.map(
        (e) =>
          `${t(`plans.experienceKinds.${e.kind}`)}: ${e.title}${e.organization ? ` (${e.organization})` : ''}`,
      ),
    ],
    [
      t('plans.fields.requirements'),
      plan.credentialRequirements.map((r) => `${t(`plans.requirementKinds.${r.kind}`)}: ${r.title}`),
    ],
    [
      t('plans.fields.recognition'),
      recognition
        ? [
            [recognition.credential, recognition.country, recognition.evaluator].filter(Boolean).join(', '),
            recognition.plan,
          ]
        : [],
    ],
    [
      t('plans.fields.employers'),
      plan.localEmployers.map((e) => (e.note ? `${e.name} — ${e.note}` : e.name)),
    ],
    [
      t('plans.fields.contacts'),
      plan.contacts.map((c) => [c.name, c.role, c.contact].filter(Boolean).join(' — ')),
    ],
  ];
  return (
    <section aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId} mb="xs">
        {t('plans.fields.title')}
      </Title>
      {editing ? (
        <PlanFieldsForm personId={personId} plan={plan} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="xs">
          <Text size="sm">
            <strong>{t('plans.fields.targetField')}:</strong> {plan.targetField ?? '—'}
          </Text>
          <Text size="sm">
            <strong>{t('plans.fields.esco')}:</strong>{' '}
            {plan.escoOccupationLabel ?? plan.escoOccupationId ?? '—'}
          </Text>
          {sections.map(([label, lines]) => (
            <div key={label}>
              <Text size="sm" fw={700}>
                {label}
              </Text>
              {recognitionSteps && label === t('plans.fields.recognition') ? (
                recognitionSteps
              ) : lines.length === 0 ? (
                <Text size="sm">{t('plans.fields.none')}</Text>
              ) : (
                <List size="sm">
                  {lines.map((line, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: read-only lines
                    <List.Item key={i}>{line}</List.Item>
                  ))}
                </List>
              )}
            </div>
          ))}
          {plan.status !== 'closed' ? (
            <Button variant="light" onClick={() => setEditing(true)} style={{ alignSelf: 'flex-start' }}>
              {t('plans.fields.edit')}
            </Button>
          ) : null}
        </Stack>
      )}
    </section>
  );
}
