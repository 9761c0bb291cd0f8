import {
  Alert,
  Box,
  Button,
  Container,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
  useDirection,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { followUpLinkDays } from '../../../modules/outcomes/domain/vocabulary.js';
import { setRequestLanguage } from '../../api/client.js';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { i18n as appI18n, directionOf } from '../../i18n/index.js';
import { okGreen } from '../../status-colors.js';
import {
  bandBounds,
  contractTypes,
  emptyDraft,
  type FollowUpDraft,
  type FollowUpField,
  followUpPayload,
  followUpProblems,
  hoursRange,
  type Problem,
  satisfactionLevels,
  wageBands,
} from './follow-up-form.js';
import { isInvalidLink, useAnswerFollowUp, usePublicFollowUp } from './follow-up-form-api.js';
import {
  type FollowUpFormLanguage,
  followUpFormLanguages,
  formDirection,
  formI18n,
  guessedFormLanguage,
  intlLocale,
  languageNames,
  rememberFormLanguage,
  switchFormLanguage,
} from './form-i18n.js';

const route = getRouteApi('/suivi/$token');

/**
 * Public: the follow-up after leaving a program, answered from a single-use link without an account,
 * on a phone, in one of six languages (two of them right to left). It starts in the link's language;
 * the person may choose another at any time.
 */
export function FollowUpFormPage() {
  const { token } = route.useParams();
  const followUp = usePublicFollowUp(token);
  const [guessed] = useState(guessedFormLanguage);
  const [chosen, setChosen] = useState<FollowUpFormLanguage | null>(null);
  const wanted = chosen ?? followUp.data?.language ?? guessed;
  const [shown, setShown] = useState<FollowUpFormLanguage | null>(null);

  useEffect(() => {
    let current = true;
    switchFormLanguage(wanted)
      .then((switched) => {
        if (current && switched) setShown(wanted);
      })
      // A chunk that could not be fetched: the page stays in the language it shows (the chunk is asked
      // for again on the next choice).
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [wanted]);

  useEffect(() => {
    if (followUp.data) rememberFormLanguage(wanted);
  }, [followUp.data, wanted]);

  usePageLanguage(shown);

  if (!shown) return <Box mih="100vh" bg="gray.0" aria-busy="true" />;
  return (
    <I18nextProvider i18n={formI18n}>
      <Box mih="100vh" bg="gray.0" lang={shown} dir={formDirection(shown)}>
        <Box component="header" px="md" py="sm">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text fw={700} size="lg" c="blue.9" style={{ overflowWrap: 'anywhere' }}>
              {followUp.data?.organizationName ?? 'Passerelle'}
            </Text>
            <LanguageChoice
              value={shown}
              onChange={(language) => {
                setChosen(language);
                rememberFormLanguage(language);
              }}
            />
          </Group>
        </Box>
        <Container size={640} component="main" id="main-content" py="lg" px="sm">
          {followUp.isPending ? (
            <Text role="status">{formI18n.t('followUpForm.loading')}</Text>
          ) : followUp.error ? (
            isInvalidLink(followUp.error) ? (
              <InvalidLink />
            ) : (
              <LoadError error={followUp.error} onRetry={() => void followUp.refetch()} />
            )
          ) : (
            <Answering token={token} followUp={followUp.data} />
          )}
        </Container>
      </Box>
    </I18nextProvider>
  );
}

/**
 * The page's `lang` and `dir` (and Mantine's direction, and the language of the API's messages) follow
 * the form's language while it is shown, then go back to the app's.
 */
function usePageLanguage(language: FollowUpFormLanguage | null): void {
  const { setDirection } = useDirection();
  useEffect(() => {
    if (!language) return;
    const dir = formDirection(language);
    document.documentElement.lang = language;
    document.documentElement.dir = dir;
    setDirection(dir);
    // The server words its messages in fr, en or ar: English for the other three.
    setRequestLanguage(['fr', 'en', 'ar'].includes(language) ? language : `${language}, en;q=0.8`);
    return () => {
      const app = appI18n.language;
      document.documentElement.lang = app;
      document.documentElement.dir = directionOf(app);
      setDirection(directionOf(app));
      setRequestLanguage(app);
    };
  }, [language, setDirection]);
}

function LanguageChoice({
  value,
  onChange,
}: {
  value: FollowUpFormLanguage;
  onChange: (language: FollowUpFormLanguage) => void;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('followUpForm.language')}
      size="md"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as FollowUpFormLanguage)}
      data={followUpFormLanguages.map((language) => ({ value: language, label: languageNames[language] }))}
      w={170}
      styles={{ input: { minHeight: 44 } }}
    />
  );
}

/** The page's single h1, focused when the screen changes (form, thank-you, invalid link). */
function Heading({ children, focus = false }: { children: string; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} · Passerelle`;
  }, [children]);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <Title order={1} size="h2" tabIndex={-1} data-page-title ref={ref} mb="sm">
      {children}
    </Title>
  );
}

function useFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale[(i18n.language as FollowUpFormLanguage) ?? 'fr'] ?? 'fr';
  return {
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
    months: (count: number) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: 'month', unitDisplay: 'long' }).format(count),
    days: (count: number) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(count),
    date: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso)),
  };
}

function InvalidLink() {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="md" radius="md">
      <Heading focus>{t('followUpForm.invalid.title')}</Heading>
      <Stack gap="sm">
        <Text>{t('followUpForm.invalid.text', { duration: format.days(followUpLinkDays) })}</Text>
        <Text>{t('followUpForm.invalid.contact')}</Text>
      </Stack>
    </Paper>
  );
}

function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Heading>{t('followUpForm.errorTitle')}</Heading>
      <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />}>
        {errorMessage(error)}
      </Alert>
      <Box>
        <Button size="md" variant="light" onClick={onRetry}>
          {t('followUpForm.retry')}
        </Button>
      </Box>
    </Stack>
  );
}

/**
 * A name inside a sentence, isolated from the text around it (Unicode FSI … PDI): a French program's
 * name in an Arabic sentence keeps its quotes and the sentence's full stop where they belong.
 */
const isolated = (name: string) => `\u2068${name}\u2069`;

type FollowUp = NonNullable<ReturnType<typeof usePublicFollowUp>['data']>;

function Answering({ token, followUp }: { token: string; followUp: FollowUp }) {
  const { t } = useTranslation();
  const format = useFormat();
  const answer = useAnswerFollowUp(token);
  const [draft, setDraft] = useState<FollowUpDraft>(emptyDraft);
  const [problems, setProblems] = useState<Partial<Record<FollowUpField, Problem>>>({});

  if (answer.isSuccess) {
    return (
      <Paper withBorder p="md" radius="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconCircleCheck
            aria-hidden
            color="var(--mantine-color-green-8)"
            size={32}
            style={{ flexShrink: 0 }}
          />
          <Box>
            <Heading focus>{t('followUpForm.thanks.title', { firstName: followUp.firstName })}</Heading>
            <Text c={okGreen} fw={600} role="status">
              {t('followUpForm.thanks.text', { organization: isolated(followUp.organizationName) })}
            </Text>
          </Box>
        </Group>
      </Paper>
    );
  }
  if (answer.error && isInvalidLink(answer.error)) return <InvalidLink />;

  const set = <K extends FollowUpField>(field: K, value: FollowUpDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setProblems((current) => {
      const { [field]: _solved, ...rest } = current;
      return rest;
    });
  };
  const hoursBounds = { min: format.number(hoursRange.min), max: format.number(hoursRange.max) };
  const serverProblems = fieldErrorsOf(answer.error);
  const problemOf = (field: FollowUpField): string | undefined => {
    const problem = problems[field];
    if (problem === 'chooseAnswer') return t('followUpForm.chooseAnswer');
    if (problem === 'hoursInvalid') return t('followUpForm.hours.invalid', hoursBounds);
    return serverProblems[field];
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = followUpProblems(draft);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.querySelector<HTMLElement>(`[data-question="${first}"] input`)?.focus();
      return;
    }
    try {
      await answer.mutateAsync(followUpPayload(draft, followUp.asksRegion));
    } catch {
      // Shown above the button.
    }
  };

  const yesNo = [
    { value: 'yes', label: t('followUpForm.yes') },
    { value: 'no', label: t('followUpForm.no') },
  ];
  const asBoolean = (value: string) => value === 'yes';
  const ofBoolean = (value: boolean | null) => (value === null ? null : value ? 'yes' : 'no');
  const wageLabel = (band: (typeof wageBands)[number]) => {
    const bounds = bandBounds(band);
    switch (bounds.kind) {
      case 'none':
        return t('followUpForm.wage.none');
      case 'under':
        return t('followUpForm.wage.under', { amount: format.number(bounds.amount) });
      case 'atLeast':
        return t('followUpForm.wage.atLeast', { amount: format.number(bounds.amount) });
      default:
        return t('followUpForm.wage.between', {
          from: format.number(bounds.from),
          to: format.number(bounds.to),
        });
    }
  };
  const hasProblems = Object.keys(problems).length > 0;

  return (
    <Stack gap="lg">
      <Box>
        <Heading>{t('followUpForm.greeting', { firstName: followUp.firstName })}</Heading>
        <Stack gap="xs">
          <Text>
            {t('followUpForm.intro', {
              organization: isolated(followUp.organizationName),
              program: isolated(followUp.programName),
              duration: format.months(followUp.months),
            })}
          </Text>
          <Text>{t('followUpForm.why')}</Text>
          <Text size="sm" c="dimmed">
            {t('followUpForm.expires', { date: format.date(followUp.expiresAt) })}
          </Text>
        </Stack>
      </Box>
      <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate>
        <Stack gap="xl">
          <Text size="sm">{t('followUpForm.requiredNote')}</Text>
          <Question
            field="employed"
            required
            label={t('followUpForm.employed.label')}
            description={t('followUpForm.employed.description')}
            options={yesNo}
            value={ofBoolean(draft.employed)}
            onChange={(value) => set('employed', asBoolean(value))}
            error={problemOf('employed')}
          />
          {draft.employed ? (
            <>
              <Question
                field="sameEmployer"
                label={t('followUpForm.sameEmployer.label')}
                options={yesNo}
                value={ofBoolean(draft.sameEmployer)}
                onChange={(value) => set('sameEmployer', asBoolean(value))}
                error={problemOf('sameEmployer')}
              />
              <Question
                field="contractType"
                label={t('followUpForm.contractType.label')}
                options={contractTypes.map((type) => ({
                  value: type,
                  label: t(`followUpForm.contractType.${type}`),
                }))}
                value={draft.contractType}
                onChange={(value) => set('contractType', value as FollowUpDraft['contractType'])}
                error={problemOf('contractType')}
              />
              <Box data-question="hoursPerWeek">
                <TextInput
                  id="follow-up-hoursPerWeek"
                  label={t('followUpForm.hours.label')}
                  description={t('followUpForm.hours.description', hoursBounds)}
                  inputMode="decimal"
                  autoComplete="off"
                  size="md"
                  maw={200}
                  value={draft.hoursPerWeek}
                  onChange={(event) => set('hoursPerWeek', event.currentTarget.value)}
                  error={problemOf('hoursPerWeek')}
                />
              </Box>
              <Question
                field="wageBand"
                label={t('followUpForm.wage.label')}
                options={wageBands.map((band) => ({ value: band, label: wageLabel(band) }))}
                value={draft.wageBand}
                onChange={(value) => set('wageBand', value as FollowUpDraft['wageBand'])}
                error={problemOf('wageBand')}
              />
            </>
          ) : null}
          <Question
            field="inTraining"
            required
            label={t('followUpForm.inTraining.label')}
            description={t('followUpForm.inTraining.description')}
            options={yesNo}
            value={ofBoolean(draft.inTraining)}
            onChange={(value) => set('inTraining', asBoolean(value))}
            error={problemOf('inTraining')}
          />
          {followUp.asksRegion ? (
            <Question
              field="inRegion"
              label={t('followUpForm.inRegion.label')}
              options={yesNo}
              value={ofBoolean(draft.inRegion)}
              onChange={(value) => set('inRegion', asBoolean(value))}
              error={problemOf('inRegion')}
            />
          ) : null}
          <Question
            field="satisfied"
            label={t('followUpForm.satisfied.label')}
            options={satisfactionLevels.map((level) => ({
              value: String(level),
              label: `${format.number(level)} – ${t(`followUpForm.satisfied.${level}`)}`,
            }))}
            value={draft.satisfied === null ? null : String(draft.satisfied)}
            onChange={(value) => set('satisfied', Number(value))}
            error={problemOf('satisfied')}
          />
          {hasProblems ? (
            <Text c="red.8" role="alert" fw={600}>
              {t('followUpForm.fixErrors')}
            </Text>
          ) : null}
          {answer.error ? (
            <Alert
              color="red"
              role="alert"
              icon={<IconAlertTriangle aria-hidden />}
              title={t('followUpForm.sendFailed')}
            >
              {errorMessage(answer.error)}
            </Alert>
          ) : null}
          <Button type="submit" size="lg" fullWidth loading={answer.isPending}>
            {answer.isPending ? t('followUpForm.sending') : t('followUpForm.submit')}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}

/** One question answered by choosing one option, each option a wide target (48 px high, the whole row). */
function Question({
  field,
  label,
  description,
  options,
  value,
  onChange,
  error,
  required = false,
}: {
  field: FollowUpField;
  label: string;
  description?: ReactNode;
  options: { value: string; label: string }[];
  value: string | null;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
}) {
  return (
    <Radio.Group
      data-question={field}
      name={`follow-up-${field}`}
      label={label}
      description={description}
      value={value}
      onChange={onChange}
      error={error}
      required={required}
      size="md"
    >
      <Stack gap={8} mt="xs">
        {options.map((option) => (
          <Radio
            key={option.value}
            value={option.value}
            label={option.label}
            size="md"
            styles={{
              root: {
                border: '1px solid var(--mantine-color-gray-4)',
                borderRadius: 'var(--mantine-radius-md)',
                background: 'var(--mantine-color-white)',
              },
              body: { alignItems: 'center' },
              inner: { marginInlineStart: 12 },
              labelWrapper: { flex: 1 },
              label: { paddingBlock: 12, paddingInline: 12, cursor: 'pointer', minHeight: 48 },
            }}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
