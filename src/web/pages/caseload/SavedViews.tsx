import { Alert, Button, Checkbox, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CaseloadViewFilters,
  useCaseloadViews,
  useChangeView,
  useDeleteView,
  useSaveView,
} from '../../api/caseload-work.js';
import { errorMessage } from '../../api/errors.js';
import { notify } from '../../notify.js';
import { Dialog } from './Dialog.js';

type Editing = { kind: 'new' } | { kind: 'change'; id: string; name: string; shared: boolean };

/**
 * The caseload's saved views: open one (its filters replace the page's), save the current filters
 * under a name (for oneself or shared with the organization), rename, share or delete one's own.
 */
export function SavedViews({
  current,
  onOpen,
}: {
  current: CaseloadViewFilters;
  onOpen: (filters: CaseloadViewFilters) => void;
}) {
  const { t } = useTranslation();
  const views = useCaseloadViews();
  const remove = useDeleteView();
  const [chosen, setChosen] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const view = views.data?.find((v) => v.id === chosen);

  const open = (id: string) => {
    setChosen(id);
    const found = views.data?.find((v) => v.id === id);
    if (found) onOpen(found.filters);
  };
  const deleteChosen = async () => {
    if (!view) return;
    try {
      await remove.mutateAsync(view.id);
      notify({ color: 'green', message: t('caseloadActions.views.deleted', { name: view.name }) });
      setChosen('');
    } catch {
      // Shown below.
    }
  };

  return (
    <Group align="flex-end" gap="xs" mb="md" wrap="wrap">
      <NativeSelect
        label={t('caseloadActions.views.label')}
        value={chosen}
        onChange={(event) => open(event.currentTarget.value)}
        data={[
          { value: '', label: t('caseloadActions.views.choose') },
          ...(views.data ?? []).map((v) => ({
            value: v.id,
            label: v.mine
              ? v.shared
                ? t('caseloadActions.views.mineShared', { name: v.name })
                : v.name
              : t('caseloadActions.views.sharedBy', { name: v.name, owner: v.ownerName ?? '—' }),
          })),
        ]}
        style={{ minWidth: 240 }}
      />
      <Button variant="light" onClick={() => setEditing({ kind: 'new' })}>
        {t('caseloadActions.views.save')}
      </Button>
      {view?.mine ? (
        <>
          <Button
            variant="default"
            onClick={() => setEditing({ kind: 'change', id: view.id, name: view.name, shared: view.shared })}
          >
            {t('caseloadActions.views.change')}
          </Button>
          <Button variant="default" color="red" loading={remove.isPending} onClick={deleteChosen}>
            {t('caseloadActions.views.delete')}
          </Button>
        </>
      ) : null}
      {remove.error ? (
        <Alert color="red" role="alert">
          {errorMessage(remove.error)}
        </Alert>
      ) : null}
      <Dialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing?.kind === 'change'
            ? t('caseloadActions.views.changeTitle')
            : t('caseloadActions.views.saveTitle')
        }
      >
        {editing ? (
          <ViewForm
            editing={editing}
            current={current}
            onDone={(id) => {
              setEditing(null);
              setChosen(id);
            }}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
    </Group>
  );
}

function ViewForm({
  editing,
  current,
  onDone,
  onCancel,
}: {
  editing: Editing;
  current: CaseloadViewFilters;
  onDone: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveView();
  const change = useChangeView();
  const [name, setName] = useState(editing.kind === 'change' ? editing.name : '');
  const [shared, setShared] = useState(editing.kind === 'change' ? editing.shared : false);
  const [replaceFilters, setReplaceFilters] = useState(false);
  const error = save.error ?? change.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result =
        editing.kind === 'new'
          ? await save.mutateAsync({ name: name.trim(), shared, filters: current })
          : await change.mutateAsync({
              id: editing.id,
              name: name.trim(),
              shared,
              ...(replaceFilters ? { filters: current } : {}),
            });
      notify({ color: 'green', message: t('caseloadActions.views.saved', { name: name.trim() }) });
      onDone(result.id);
    } catch {
      // Shown above the form.
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        <TextInput
          label={t('caseloadActions.views.name')}
          required
          maxLength={80}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          data-autofocus
        />
        <Checkbox
          label={t('caseloadActions.views.shared')}
          description={t('caseloadActions.views.sharedHint')}
          checked={shared}
          onChange={(event) => setShared(event.currentTarget.checked)}
        />
        {editing.kind === 'change' ? (
          <Checkbox
            label={t('caseloadActions.views.replaceFilters')}
            checked={replaceFilters}
            onChange={(event) => setReplaceFilters(event.currentTarget.checked)}
          />
        ) : null}
        <Group>
          <Button type="submit" loading={save.isPending || change.isPending} disabled={!name.trim()}>
            {t('caseloadActions.views.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
