import { Alert, Button, Checkbox, Group, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import {
  barrierKinds,
  experienceKinds,
  type Plan,
  type PlanFieldsBody,
  requirementKinds,
  useUpdatePlan,
} from '../../api/plans.js';
import { type OccupationChoice, OccupationPicker } from '../../components/OccupationPicker.js';
import { notify } from '../../notify.js';
import { type ListColumn, ListEditor, type ListRow } from './ListEditor.js';

const text = (value: string | null | undefined) => value ?? '';
const orNull = (value: string | undefined) => value?.trim() || null;

/** Every funder field of the plan in one form, saved at once (one revision, one history line). */
export function PlanFieldsForm({
  personId,
  plan,
  onDone,
}: {
  personId: string;
  plan: Plan;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdatePlan(personId, plan.id);
  const errors = fieldErrorsOf(update.error);
  const options = (kinds: readonly string[], prefix: string) =>
    kinds.map((k) => ({ value: k, label: t(`${prefix}.${k}`) }));
  const [targetField, setTargetField] = useState(text(plan.targetField));
  const [jobTitles, setJobTitles] = useState(plan.targetJobTitles.join('\n'));
  // An ESCO occupation by its name in the reader's language; a code typed before the picker, as typed.
  const [occupation, setOccupation] = useState<OccupationChoice | undefined>(
    plan.escoOccupationId
      ? {
          text: plan.escoOccupationLabel ?? plan.escoOccupationId,
          escoId: plan.escoOccupationLabel ? plan.escoOccupationId : null,
          regulatedEu: false,
        }
      : undefined,
  );
  const [barriers, setBarriers] = useState<ListRow[]>(plan.barriers.map((b) => ({ ...b })));
  const [courses, setCourses] = useState<ListRow[]>(
    plan.courses.map((c) => ({ title: c.title, provider: text(c.provider) })),
  );
  const [experience, setExperience] = useState<ListRow[]>(
    plan.experienceOpportunities.map((e) => ({
      kind: e.kind,
      title: e.title,
      organization: text(e.organization),
    })),
  );
  const [requirements, setRequirements] = useState<ListRow[]>(
    plan.credentialRequirements.map((r) => ({ ...r })),
  );
  const [employers, setEmployers] = useState<ListRow[]>(
    plan.localEmployers.map((e) => ({ name: e.name, note: text(e.note) })),
  );
  const [contacts, setContacts] = useState<ListRow[]>(
    plan.contacts.map((c) => ({ name: c.name, role: text(c.role), contact: text(c.contact) })),
  );
  const recognition = plan.credentialRecognition;
  const [hasRecognition, setHasRecognition] = useState(recognition !== null);
  const [credential, setCredential] = useState(text(recognition?.credential));
  const [country, setCountry] = useState(text(recognition?.country));
  const [evaluator, setEvaluator] = useState(text(recognition?.evaluator));
  const [recognitionPlan, setRecognitionPlan] = useState(text(recognition?.plan));

  const columns: Record<string, ListColumn[]> = {
    barriers: [
      {
        key: 'kind',
        label: t('plans.fields.barrierKind'),
        options: options(barrierKinds, 'plans.barrierKinds'),
      },
      { key: 'description', label: t('plans.fields.description'), required: true },
      { key: 'mitigation', label: t('plans.fields.mitigation'), required: true },
    ],
    courses: [
      { key: 'title', label: t('plans.fields.courseTitle'), required: true },
      { key: 'provider', label: t('plans.fields.provider') },
    ],
    experience: [
      {
        key: 'kind',
        label: t('plans.fields.experienceKind'),
        options: options(experienceKinds, 'plans.experienceKinds'),
      },
      { key: 'title', label: t('plans.fields.experienceTitle'), required: true },
      { key: 'organization', label: t('plans.fields.organization') },
    ],
    requirements: [
      {
        key: 'kind',
        label: t('plans.fields.requirementKind'),
        options: options(requirementKinds, 'plans.requirementKinds'),
      },
      { key: 'title', label: t('plans.fields.requirementTitle'), required: true },
    ],
    employers: [
      { key: 'name', label: t('plans.fields.employerName'), required: true },
      { key: 'note', label: t('plans.fields.note') },
    ],
    contacts: [
      { key: 'name', label: t('plans.fields.contactName'), required: true },
      { key: 'role', label: t('plans.fields.role') },
      { key: 'contact', label: t('plans.fields.contact') },
    ],
  };
  /** The server names a row's field as `barriers.2.mitigation`. */
  const errorOf = (list: string) => (index: number, key: string) => errors[`${list}.${index}.${key}`];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Rows left entirely empty are dropped rather than refused: an "Add" pressed too many times.
    const keep = (rows: ListRow[]) =>
      rows.filter((r) => Object.entries(r).some(([key, value]) => key !== 'kind' && value.trim() !== ''));
    const body: PlanFieldsBody = {
      targetField: targetField.trim() || null,
      targetJobTitles: jobTitles
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      escoOccupationId: occupation?.escoId ?? (occupation?.text.trim() || null),
      barriers: keep(barriers).map((b) => ({
        kind: b.kind as (typeof barrierKinds)[number],
        description: b.description ?? '',
        mitigation: b.mitigation ?? '',
      })),
      courses: keep(courses).map((c) => ({ title: c.title ?? '', provider: orNull(c.provider) })),
      experienceOpportunities: keep(experience).map((e) => ({
        kind: e.kind as (typeof experienceKinds)[number],
        title: e.title ?? '',
        organization: orNull(e.organization),
      })),
      credentialRequirements: keep(requirements).map((r) => ({
        kind: r.kind as (typeof requirementKinds)[number],
        title: r.title ?? '',
      })),
      credentialRecognition: hasRecognition
        ? {
            credential,
            country: country.trim() || null,
            evaluator: evaluator.trim() || null,
            plan: recognitionPlan,
          }
        : null,
      localEmployers: keep(employers).map((e) => ({ name: e.name ?? '', note: orNull(e.note) })),
      contacts: keep(contacts).map((c) => ({
        name: c.name ?? '',
        role: orNull(c.role),
        contact: orNull(c.contact),
      })),
    };
    try {
      await update.mutateAsync(body);
      notify({ color: 'green', message: t('plans.fields.saved') });
      onDone();
    } catch {
      // Shown above the form.
    }
  };

  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={t('plans.fields.edit')}
    >
      <Stack gap="sm">
        {update.error ? (
          <Alert color="red" role="alert">
            {errorMessage(update.error)}
          </Alert>
        ) : null}
        <TextInput
          label={t('plans.fields.targetField')}
          value={targetField}
          error={errors.targetField}
          onChange={(e) => setTargetField(e.currentTarget.value)}
        />
        <Textarea
          label={t('plans.fields.jobTitles')}
          description={t('plans.fields.jobTitlesHint')}
          autosize
          minRows={2}
          value={jobTitles}
          error={errors.targetJobTitles}
          onChange={(e) => setJobTitles(e.currentTarget.value)}
        />
        <OccupationPicker
          label={t('plans.fields.esco')}
          value={occupation}
          onChange={setOccupation}
          error={errors.escoOccupationId}
          personLanguages={[]}
        />
        <ListEditor
          legend={t('plans.fields.barriers')}
          columns={columns.barriers!}
          rows={barriers}
          onChange={setBarriers}
          errorOf={errorOf('barriers')}
        />
        <ListEditor
          legend={t('plans.fields.courses')}
          columns={columns.courses!}
          rows={courses}
          onChange={setCourses}
          errorOf={errorOf('courses')}
        />
        <ListEditor
          legend={t('plans.fields.experience')}
          columns={columns.experience!}
          rows={experience}
          onChange={setExperience}
          errorOf={errorOf('experienceOpportunities')}
        />
        <ListEditor
          legend={t('plans.fields.requirements')}
          columns={columns.requirements!}
          rows={requirements}
          onChange={setRequirements}
          errorOf={errorOf('credentialRequirements')}
        />
        <Checkbox
          label={t('plans.fields.hasRecognition')}
          checked={hasRecognition}
          onChange={(e) => setHasRecognition(e.currentTarget.checked)}
        />
        {hasRecognition ? (
          <Group align="flex-start" wrap="wrap" gap="xs">
            <TextInput
              label={t('plans.fields.credential')}
              required
              value={credential}
              error={errors['credentialRecognition.credential']}
              onChange={(e) => setCredential(e.currentTarget.value)}
              style={{ flex: '1 1 14rem' }}
            />
            <TextInput
              label={t('plans.fields.country')}
              value={country}
              onChange={(e) => setCountry(e.currentTarget.value)}
            />
            <TextInput
              label={t('plans.fields.evaluator')}
              value={evaluator}
              onChange={(e) => setEvaluator(e.currentTarget.value)}
            />
            <Textarea
              label={t('plans.fields.recognitionPlan')}
              required
              autosize
              minRows={2}
              value={recognitionPlan}
              error={errors['credentialRecognition.plan']}
              onChange={(e) => setRecognitionPlan(e.currentTarget.value)}
              style={{ flex: '1 1 100%' }}
            />
          </Group>
        ) : null}
        <ListEditor
          legend={t('plans.fields.employers')}
          columns={columns.employers!}
          rows={employers}
          onChange={setEmployers}
          errorOf={errorOf('localEmployers')}
        />
        <ListEditor
          legend={t('plans.fields.contacts')}
          columns={columns.contacts!}
          rows={contacts}
          onChange={setContacts}
          errorOf={errorOf('contacts')}
        />
        <Group gap="xs">
          <Button type="submit" loading={update.isPending}>
            {t('plans.fields.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('plans.fields.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
