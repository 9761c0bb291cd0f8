import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { frontDoorStatuses, quebecRegions } from '../../../modules/front-door/domain/vocabulary.js';
import { errorMessage } from '../../api/errors.js';
import {
  type FrontDoorSettings,
  type FrontDoorSettingsBody,
  useFrontDoorSettings,
  useSetFrontDoorSettings,
} from '../../api/front-door.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { notify } from '../../notify.js';

const route = getRouteApi('/app/programs/$programId/front-door');

interface RuleDraft {
  label: string;
  languages: string;
  statuses: string[];
  countries: string;
  regions: string[];
  children: '' | 'yes' | 'no';
  target: string;
}

const codes = (text: string, pattern: RegExp) =>
  text
    .split(/[,\s]+/)
    .map((c) => c.trim())
    .filter((c) => pattern.test(c));

function draftOf(settings: FrontDoorSettings) {
  return {
    slug: settings.slug ?? '',
    open: settings.open,
    receiving: settings.receivingOrganizationIds,
    rules: settings.rules.map(
      (rule): RuleDraft => ({
        label: rule.label,
        languages: (rule.conditions.languagesAmong ?? []).join(', '),
        statuses: rule.conditions.statusesAmong ?? [],
        countries: (rule.conditions.countriesAmong ?? []).join(', '),
        regions: rule.conditions.regionCodesAmong ?? [],
        children:
          rule.conditions.withChildren === undefined ? '' : rule.conditions.withChildren ? 'yes' : 'no',
        target: rule.targetOrganizationId,
      }),
    ),
  };
}

function bodyOf(draft: ReturnType<typeof draftOf>): FrontDoorSettingsBody {
  return {
    slug: draft.slug.trim(),
    open: draft.open,
    receivingOrganizationIds: draft.receiving,
    rules: draft.rules.map((rule) => {
      const languages = codes(rule.languages.toLowerCase(), /^[a-z]{2,3}$/);
      const countries = codes(rule.countries.toUpperCase(), /^[A-Z]{2}$/);
      return {
        label: rule.label.trim(),
        targetOrganizationId: rule.target,
        conditions: {
          ...(languages.length > 0 ? { languagesAmong: languages } : {}),
          ...(rule.statuses.length > 0
            ? { statusesAmong: rule.statuses as (typeof frontDoorStatuses)[number][] }
            : {}),
          ...(countries.length > 0 ? { countriesAmong: countries } : {}),
          ...(rule.regions.length > 0 ? { regionCodesAmong: rule.regions } : {}),
          ...(rule.children ? { withChildren: rule.children === 'yes' } : {}),
        },
      };
    }),
  };
}

/** The coordination sets the program's front door: its address, the receiving members, the ordered routing rules. */
export function FrontDoorRulesPage() {
  const { t } = useTranslation();
  const { programId } = route.useParams();
  const settings = useFrontDoorSettings(programId);
  return (
    <>
      <PageTitle title={t('frontDoor.rules.title')} intro={t('frontDoor.rules.intro')} />
      <QueryState isPending={settings.isPending} error={settings.error} onRetry={() => settings.refetch()}>
        {settings.data ? <RulesForm programId={programId} settings={settings.data} /> : null}
      </QueryState>
    </>
  );
}

function RulesForm({ programId, settings }: { programId: string; settings: FrontDoorSettings }) {
  const { t } = useTranslation();
  const save = useSetFrontDoorSettings(programId);
  const [draft, setDraft] = useState(() => draftOf(settings));
  useEffect(() => setDraft(draftOf(settings)), [settings]);
  const receiving = settings.members.filter((m) => draft.receiving.includes(m.id));
  const setRule = (index: number, change: Partial<RuleDraft>) =>
    setDraft((d) => ({ ...d, rules: d.rules.map((r, i) => (i === index ? { ...r, ...change } : r)) }));
  const move = (index: number, by: number) =>
    setDraft((d) => {
      const rules = [...d.rules];
      const [rule] = rules.splice(index, 1);
      if (rule) rules.splice(index + by, 0, rule);
      return { ...d, rules };
    });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(bodyOf(draft), {
          onSuccess: () => notify({ color: 'green', message: t('frontDoor.rules.saved') }),
        });
      }}
    >
      <Stack>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <TextInput
              label={t('frontDoor.rules.slug')}
              description={t('frontDoor.rules.slugHelp', { slug: draft.slug || '…' })}
              value={draft.slug}
              onChange={(e) => {
                const slug = e.currentTarget.value;
                setDraft((d) => ({ ...d, slug }));
              }}
            />
            {settings.slug ? (
              <Anchor
                renderRoot={(props) => (
                  <Link to="/demande/$slug" params={{ slug: settings.slug as string }} {...props} />
                )}
              >
                {t('frontDoor.rules.publicLink')}
              </Anchor>
            ) : null}
            <Switch
              label={t('frontDoor.rules.open')}
              checked={draft.open}
              onChange={(e) => {
                const open = e.currentTarget.checked;
                setDraft((d) => ({ ...d, open }));
              }}
            />
            <Checkbox.Group
              label={t('frontDoor.rules.receiving')}
              value={draft.receiving}
              onChange={(value) => setDraft((d) => ({ ...d, receiving: value }))}
            >
              <Stack gap={6} mt={6}>
                {settings.members.map((m) => (
                  <Checkbox key={m.id} value={m.id} label={m.name} />
                ))}
              </Stack>
            </Checkbox.Group>
          </Stack>
        </Paper>
        {draft.rules.map((rule, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a rule is known by its place in the order
          <Paper withBorder p="md" key={index} component="fieldset" style={{ minWidth: 0 }}>
            <Title order={2} size="h4" component="legend" px={4}>
              {t('frontDoor.rules.rule', { position: index + 1 })}
            </Title>
            <Stack gap="sm">
              <TextInput
                label={t('frontDoor.rules.label')}
                value={rule.label}
                onChange={(e) => setRule(index, { label: e.currentTarget.value })}
              />
              <TextInput
                label={t('frontDoor.rules.languages')}
                value={rule.languages}
                onChange={(e) => setRule(index, { languages: e.currentTarget.value })}
              />
              <MultiSelect
                label={t('frontDoor.rules.statuses')}
                value={rule.statuses}
                onChange={(statuses) => setRule(index, { statuses })}
                data={frontDoorStatuses.map((s) => ({ value: s, label: t(`frontDoor.statuses.${s}`) }))}
              />
              <TextInput
                label={t('frontDoor.rules.countries')}
                value={rule.countries}
                onChange={(e) => setRule(index, { countries: e.currentTarget.value })}
              />
              <MultiSelect
                label={t('frontDoor.rules.regions')}
                value={rule.regions}
                onChange={(regions) => setRule(index, { regions })}
                data={quebecRegions.map((r) => ({ value: r.code, label: r.name }))}
              />
              <NativeSelect
                label={t('frontDoor.rules.children')}
                value={rule.children}
                onChange={(e) => setRule(index, { children: e.currentTarget.value as RuleDraft['children'] })}
                data={[
                  { value: '', label: t('frontDoor.rules.childrenAny') },
                  { value: 'yes', label: t('frontDoor.rules.childrenYes') },
                  { value: 'no', label: t('frontDoor.rules.childrenNo') },
                ]}
              />
              <NativeSelect
                label={t('frontDoor.rules.target')}
                value={rule.target}
                onChange={(e) => setRule(index, { target: e.currentTarget.value })}
                data={[{ value: '', label: '—' }, ...receiving.map((m) => ({ value: m.id, label: m.name }))]}
              />
              <Group gap="xs">
                <Button variant="subtle" size="xs" disabled={index === 0} onClick={() => move(index, -1)}>
                  {t('frontDoor.rules.up')}
                </Button>
                <Button
                  variant="subtle"
                  size="xs"
                  disabled={index === draft.rules.length - 1}
                  onClick={() => move(index, 1)}
                >
                  {t('frontDoor.rules.down')}
                </Button>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => setDraft((d) => ({ ...d, rules: d.rules.filter((_, i) => i !== index) }))}
                >
                  {t('frontDoor.rules.remove')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() =>
              setDraft((d) => ({
                ...d,
                rules: [
                  ...d.rules,
                  {
                    label: '',
                    languages: '',
                    statuses: [],
                    countries: '',
                    regions: [],
                    children: '',
                    target: '',
                  },
                ],
              }))
            }
          >
            {t('frontDoor.rules.add')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('frontDoor.rules.save')}
          </Button>
        </Group>
        {save.error ? (
          <Alert color="red" role="alert">
            <Text>{errorMessage(save.error)}</Text>
          </Alert>
        ) : null}
      </Stack>
    </form>
  );
}
