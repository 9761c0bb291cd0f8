import { Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ScrollTable } from '../../../components/ScrollTable.js';

/** One part of the dashboard, named by its heading (a landmark a screen reader can jump to). */
export function FigureSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={3} size="h5" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

export interface FigureRow {
  key: string | number;
  /** The row's name, its header cell. */
  name: ReactNode;
  cells: ReactNode[];
}

/**
 * A table of figures: its caption names it (and its scrolling box, on a narrow screen), the columns
 * and each row's first cell are headers. Charts beside it are hidden from assistive technology: this
 * table carries the same figures for keyboard and screen reader users.
 */
export function FigureTable({
  caption,
  columns,
  rows,
  total,
  minWidth,
  withSpace = false,
}: {
  caption: string;
  columns: string[];
  rows: FigureRow[];
  /** A last row in the table's foot, its cells in bold. */
  total?: Omit<FigureRow, 'key'>;
  /** Wider than a phone: the table scrolls in its own box. */
  minWidth?: number;
  /** Space above, under a chart. */
  withSpace?: boolean;
}) {
  return (
    <ScrollTable label={caption}>
      <Table striped {...(withSpace ? { mt: 'sm' } : {})} {...(minWidth ? { miw: minWidth } : {})}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} scope="col">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={400}>
                {row.name}
              </Table.Th>
              {row.cells.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are its columns, in their order.
                <Table.Td key={index}>{cell}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {total ? (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{total.name}</Table.Th>
              {total.cells.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are its columns, in their order.
                <Table.Td key={index} fw={700}>
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        ) : null}
      </Table>
    </ScrollTable>
  );
}
