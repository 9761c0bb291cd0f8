import { Alert, Anchor, Button, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';

/** A long label wraps inside the button on a 375 px phone instead of pushing the page sideways. */
const wrapping = {
  root: { height: 'auto', minHeight: 36, maxWidth: '100%' },
  label: { whiteSpace: 'normal' as const },
};

import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeReasons } from '../../../modules/front-door/domain/vocabulary.js';
import { errorMessage } from '../../api/errors.js';
import {
  type FrontDoorRequestView,
  useAssignFrontDoorRequest,
  useCloseFrontDoorRequest,
  useConvertFrontDoorRequest,
  useFrontDoorSettings,
} from '../../api/front-door.js';
import { notify } from '../../notify.js';

/** What the reader may do with the request: assign (the coordination), open a file or close (the member). */
export function RequestActions({ request }: { request: FrontDoorRequestView }) {
  const { t } = useTranslation();
  if (request.state === 'converted' && request.personId)
    return (
      <Paper withBorder p="md">
        <Text mb="xs">{t('frontDoor.request.converted')}</Text>
        {request.canAssign || request.assignedOrganization ? (
          <Anchor
            renderRoot={(props) => (
              <Link to="/people/$personId" params={{ personId: request.personId as string }} {...props} />
            )}
          >
            {t('frontDoor.request.openFile')}
          </Anchor>
        ) : null}
      </Paper>
    );
  return (
    <>
      {request.canAssign ? <AssignPanel request={request} /> : null}
      {request.canWork || (request.canAssign && request.state === 'new') ? (
        <WorkPanel request={request} />
      ) : null}
    </>
  );
}

function AssignPanel({ request }: { request: FrontDoorRequestView }) {
  const { t } = useTranslation();
  const settings = useFrontDoorSettings(request.programId);
  const assign = useAssignFrontDoorRequest(request.id);
  const receiving = (settings.data?.members ?? []).filter((m) =>
    settings.data?.receivingOrganizationIds.includes(m.id),
  );
  const [member, setMember] = useState('');
  const [note, setNote] = useState('');
  const proposed = request.proposedOrganization;
  const done = (name: string) =>
    notify({ color: 'green', message: t('frontDoor.assign.done', { organization: name }) });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="request-assign">
      <Title order={2} size="h4" id="request-assign" mb="sm">
        {t('frontDoor.assign.title')}
      </Title>
      <Stack gap="sm">
        {proposed && request.state === 'new' ? (
          <Button
            styles={wrapping}
            loading={assign.isPending}
            onClick={() =>
              assign.mutate({ organizationId: proposed.id }, { onSuccess: () => done(proposed.name) })
            }
          >
            {t('frontDoor.assign.confirm', { organization: proposed.name })}
          </Button>
        ) : null}
        <NativeSelect
          label={t('frontDoor.assign.member')}
          value={member}
          onChange={(e) => setMember(e.currentTarget.value)}
          data={[{ value: '', label: '—' }, ...receiving.map((m) => ({ value: m.id, label: m.name }))]}
        />
        <Textarea
          label={t('frontDoor.assign.note')}
          value={note}
          maxLength={1000}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Button
          styles={wrapping}
          variant="light"
          disabled={!member}
          loading={assign.isPending}
          onClick={() =>
            assign.mutate(
              { organizationId: member, note: note.trim() || undefined },
              { onSuccess: () => done(receiving.find((m) => m.id === member)?.name ?? '') },
            )
          }
        >
          {t('frontDoor.assign.reassign')}
        </Button>
        {assign.error ? (
          <Alert color="red" role="alert">
            {errorMessage(assign.error)}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}

function WorkPanel({ request }: { request: FrontDoorRequestView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const convert = useConvertFrontDoorRequest(request.id);
  const close = useCloseFrontDoorRequest(request.id);
  const [reason, setReason] = useState<(typeof closeReasons)[number]>('unreachable');
  const [note, setNote] = useState('');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="request-work">
      <Title order={2} size="h4" id="request-work" mb="sm">
        {t('frontDoor.work.title')}
      </Title>
      <Stack gap="sm">
        {request.canWork ? (
          <>
            <Text size="sm">{t('frontDoor.work.convertHelp')}</Text>
            <Button
              styles={wrapping}
              loading={convert.isPending}
              onClick={() =>
                convert.mutate(undefined, {
                  onSuccess: ({ personId }) => {
                    notify({ color: 'green', message: t('frontDoor.work.converted') });
                    void navigate({ to: '/people/$personId', params: { personId } });
                  },
                })
              }
            >
              {t('frontDoor.work.convert')}
            </Button>
          </>
        ) : null}
        <NativeSelect
          label={t('frontDoor.work.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value as typeof reason)}
          data={closeReasons.map((value) => ({ value, label: t(`frontDoor.closeReasons.${value}`) }))}
        />
        <Textarea
          label={t('frontDoor.work.note')}
          value={note}
          maxLength={1000}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Button
          styles={wrapping}
          variant="light"
          color="red"
          loading={close.isPending}
          onClick={() =>
            close.mutate(
              { reason, note: note.trim() || undefined },
              { onSuccess: () => notify({ color: 'green', message: t('frontDoor.work.closed') }) },
            )
          }
        >
          {t('frontDoor.work.close')}
        </Button>
        {convert.error || close.error ? (
          <Alert color="red" role="alert">
            {errorMessage(convert.error ?? close.error)}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
