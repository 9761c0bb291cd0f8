import { Alert, Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import { useStaffOptions } from '../../api/people.js';
import { useSession } from '../../api/session.js';
import { searchPeopleOptions } from '../../api/sessions.js';
import { useCreateTask } from '../../api/tasks.js';
import { type PickerOption, SearchPicker } from '../../components/SearchPicker.js';
import { todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';

/** Creates a task for oneself or a colleague of the organization, on a person (found by name) or not. */
export function NewTaskDialog({
  opened,
  onClose,
  person,
}: {
  opened: boolean;
  onClose: () => void;
  /** Given when the task is created from a person's file. */
  person?: PickerOption;
}) {
  const { t } = useTranslation();
  return (
    <Dialog opened={opened} onClose={onClose} title={t('tasks.newTitle')}>
      {opened ? <NewTaskForm onClose={onClose} person={person} /> : null}
    </Dialog>
  );
}

function NewTaskForm({ onClose, person: fixedPerson }: { onClose: () => void; person?: PickerOption }) {
  const { t } = useTranslation();
  const session = useSession();
  const staff = useStaffOptions();
  const create = useCreateTask();
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [dueOn, setDueOn] = useState(() => todayInOrganization());
  const [person, setPerson] = useState<PickerOption | null>(fixedPerson ?? null);
  const [assignee, setAssignee] = useState('');
  const fields = create.error instanceof ApiError ? create.error.fieldErrors() : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await create.mutateAsync({
        title: title.trim(),
        note: note.trim() || null,
        dueOn,
        personId: person?.value ?? null,
        ...(assignee ? { assigneeUserId: assignee } : {}),
      });
      notify({ color: 'green', message: t('tasks.created') });
      onClose();
    } catch {
      // Shown above the form.
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {create.error ? (
          <Alert color="red" role="alert">
            {errorMessage(create.error)}
          </Alert>
        ) : null}
        <TextInput
          label={t('tasks.fields.title')}
          required
          maxLength={200}
          value={title}
          error={fields.title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          data-autofocus
        />
        <TextInput
          type="date"
          label={t('tasks.fields.dueOn')}
          required
          value={dueOn}
          error={fields.dueOn}
          onChange={(event) => setDueOn(event.currentTarget.value)}
        />
        <NativeSelect
          label={t('tasks.fields.assignee')}
          value={assignee}
          onChange={(event) => setAssignee(event.currentTarget.value)}
          data={[
            { value: '', label: t('tasks.myself') },
            ...(staff.data ?? [])
              .filter((member) => !member.disabled && member.userId !== session.user.id)
              .map((member) => ({ value: member.userId, label: member.displayName })),
          ]}
        />
        {fixedPerson ? null : (
          <SearchPicker
            label={t('tasks.fields.person')}
            description={t('tasks.fields.personHint')}
            queryKey="task-person"
            search={searchPeopleOptions}
            value={person}
            onChange={setPerson}
          />
        )}
        <Textarea
          label={t('tasks.fields.note')}
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={create.isPending} disabled={!title.trim() || !dueOn}>
            {t('tasks.create')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
