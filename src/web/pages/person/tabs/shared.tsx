import { Button, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useAddPersonItem,
  useRemovePersonItem,
  useRevokeConsent,
  useUpdateBarrier,
} from '../../../api/people.js';
import { useLanguageScales } from '../../../api/reference.js';
import type { EntryValues } from '../../../components/EntryForm.js';
import { todayInOrganization } from '../../../format.js';

export const backgroundTabs = [
  'languages',
  'education',
  'experience',
  'barriers',
  'household',
  'consent',
] as const;
export type BackgroundTab = (typeof backgroundTabs)[number];

/** A language by its name in the interface's language (never a raw code such as "ff"). */
export { languageName } from '../../../format-names.js';

export function SimpleTable({
  headers,
  rows,
}: {
  headers: string[];
  rows: { key: string; cells: ReactNode[] }[];
}) {
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header} scope="col">
                {header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              {row.cells.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <Table.Td key={index}>{cell}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Today in the organization's calendar (its time zone), not UTC's. */
export const today = () => todayInOrganization();
export const text = (values: EntryValues, name: string) => {
  const value = values[name];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
};
export const number = (values: EntryValues, name: string) =>
  typeof values[name] === 'number' ? (values[name] as number) : null;

/** What every tab of the file needs: the mutations on its items and small rendering helpers. */
export function usePersonItems(personId: string) {
  const { t } = useTranslation();
  const add = useAddPersonItem(personId);
  const remove = useRemovePersonItem(personId);
  const revoke = useRevokeConsent(personId);
  const scales = useLanguageScales();
  const updateBarrier = useUpdateBarrier(personId);
  const dash = (value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? '—' : value;
  const removeButton = (
    kind: 'language' | 'education' | 'experience' | 'barrier' | 'household_member',
    itemId: string,
    what: string,
  ) => (
    <Button
      size="xs"
      variant="default"
      c="red.9"
      aria-label={`${t('app.remove')}: ${what}`}
      onClick={() => remove.mutate({ kind, itemId })}
    >
      {t('app.remove')}
    </Button>
  );
  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  return { t, add, remove, revoke, scales, updateBarrier, removeButton, options, dash };
}
