import { Alert, Button, Grid, Group, List, Paper, Text, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { figuresRoles, personDataRoles, programAdminRoles } from '../../../core/auth/roles.js';
import { errorMessage } from '../../api/errors.js';
import { intensityRoles } from '../../api/follow-up.js';
import { type ProgramDetail, useProgram, useUpdateProgram } from '../../api/programs.js';
import { useSession } from '../../api/session.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';
import { ExportButtons } from '../exports/ExportButtons.js';
import { ProgramIntensitySection } from '../follow-up/ProgramIntensitySection.js';
import { OutreachFiguresSection } from '../outreach/OutreachFiguresSection.js';
import { ProgramSessionFigures } from '../sessions/ProgramSessionFigures.js';
import { ProgramOutcomes } from './outcomes/ProgramOutcomes.js';
import { ProgressSection } from './ProgressSection.js';
import { ReferentsSection } from './ReferentsSection.js';
import { ReferralFiguresSection } from './ReferralFiguresSection.js';
import { type EligibilityRule, RuleListEditor } from './RuleEditor.js';
import { TargetsSection } from './TargetsSection.js';

const route = getRouteApi('/app/programs/$programId');

export function ProgramPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { programId } = route.useParams();
  const program = useProgram(programId);
  const data = program.data;
  const canSteer = Boolean(data?.steeredByMe) && programAdminRoles.includes(session.role);
  // Figures are for the roles the server shows them to; a counselor sees the rules and referents only.
  const seesFigures = figuresRoles.includes(session.role);
  return (
    <>
      <PageTitle
        title={data?.name ?? t('programs.title')}
        intro={
          data
            ? [
                data.description,
                `${t(`programStatus.${data.status}`)} · ${t(`countingUnit.${data.countingUnit}`)}${
                  data.startsOn ? ` · ${formatDate(data.startsOn)} – ${formatDate(data.endsOn)}` : ''
                }`,
              ]
                .filter(Boolean)
                .join(' — ')
            : undefined
        }
      />
      {personDataRoles.includes(session.role) ? (
        <Group justify="flex-end" mb="xs">
          <ExportButtons
            path={`/api/exports/programs/${programId}/enrolments`}
            label={t('exports.enrolments')}
            describedAs="enrolmentsAs"
          />
        </Group>
      ) : null}
      {seesFigures ? (
        <Group mb="md">
          <Button
            variant="light"
            color="blue.8"
            renderRoot={(props) => (
              <Link to="/programs/$programId/reports" params={{ programId }} {...props} />
            )}
          >
            {t('reports.link')}
          </Button>
          {program.data?.countingUnit === 'household' ? (
            <Button
              variant="light"
              color="blue.8"
              renderRoot={(props) => (
                <Link to="/programs/$programId/households" params={{ programId }} {...props} />
              )}
            >
              {t('moves.figures.link')}
            </Button>
          ) : null}
        </Group>
      ) : null}
      <QueryState isPending={program.isPending} error={program.error} onRetry={() => program.refetch()}>
        {data ? (
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <RulesSection program={data} canEdit={canSteer} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <ReferentsSection program={data} canEdit={canSteer} />
            </Grid.Col>
            <Grid.Col span={12}>
              <TargetsSection program={data} canEdit={canSteer} />
            </Grid.Col>
            {seesFigures ? (
              <Grid.Col span={12}>
                <ProgressSection programId={data.id} />
              </Grid.Col>
            ) : null}
            <Grid.Col span={12}>
              <ProgramIntensitySection
                program={data}
                canEdit={canSteer}
                canRead={intensityRoles.includes(session.role)}
              />
            </Grid.Col>
            {seesFigures ? (
              <Grid.Col span={12}>
                <ProgramSessionFigures programId={data.id} startsOn={data.startsOn} endsOn={data.endsOn} />
              </Grid.Col>
            ) : null}
            {seesFigures ? (
              <Grid.Col span={12}>
                <ProgramOutcomes program={data} />
              </Grid.Col>
            ) : null}
            {personDataRoles.includes(session.role) ? (
              <Grid.Col span={12}>
                <OutreachFiguresSection programId={data.id} />
              </Grid.Col>
            ) : null}
            {personDataRoles.includes(session.role) ? (
              <Grid.Col span={12}>
                <ReferralFiguresSection programId={data.id} />
              </Grid.Col>
            ) : null}
          </Grid>
        ) : null}
      </QueryState>
    </>
  );
}

function RulesSection({ program, canEdit }: { program: ProgramDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<EligibilityRule[] | null>(null);
  const update = useUpdateProgram(program.id);
  const save = async () => {
    if (!draft) return;
    try {
      await update.mutateAsync({
        nameFr: program.nameFr,
        nameEn: program.nameEn,
        descriptionFr: program.descriptionFr,
        descriptionEn: program.descriptionEn,
        countingUnit: program.countingUnit,
        status: program.status,
        startsOn: program.startsOn,
        endsOn: program.endsOn,
        rules: draft,
      });
      notify({ color: 'green', message: t('app.saved') });
      setDraft(null);
    } catch {
      // Shown above the editor.
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="rules-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="rules-title">
          {t('eligibility.rules')}
        </Title>
        {canEdit && !draft ? (
          <Button size="xs" variant="light" onClick={() => setDraft(structuredClone(program.rules))}>
            {t('app.edit')}
          </Button>
        ) : null}
      </Group>
      {draft ? (
        <>
          {update.error ? (
            <Alert color="red" role="alert" mb="sm">
              {errorMessage(update.error)}
            </Alert>
          ) : null}
          <RuleListEditor rules={draft} onChange={setDraft} />
          <Group mt="md">
            <Button onClick={() => void save()} loading={update.isPending}>
              {t('app.save')}
            </Button>
            <Button variant="default" onClick={() => setDraft(null)}>
              {t('app.cancel')}
            </Button>
          </Group>
        </>
      ) : program.ruleDescriptions.length === 0 ? (
        <Text>{t('eligibility.noRules')}</Text>
      ) : (
        <List spacing="xs" type="ordered">
          {program.ruleDescriptions.map((rule) => (
            <List.Item key={rule.index}>{rule.description}</List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
