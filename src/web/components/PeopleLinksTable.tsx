import { Anchor, Table } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { ScrollTable } from './ScrollTable.js';

export interface PersonLink {
  personId: string;
  displayName: string;
  organizationName: string;
}

/** People behind a figure, each a link to their file, with the organization that follows them. */
export function PeopleLinksTable({
  label,
  people,
  headers,
}: {
  label: string;
  people: readonly PersonLink[];
  headers: { person: string; organization: string };
}) {
  return (
    <ScrollTable label={label}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{headers.person}</Table.Th>
            <Table.Th scope="col">{headers.organization}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.personId}>
              <Table.Td>
                <Anchor
                  renderRoot={(rootProps) => (
                    <Link to="/people/$personId" params={{ personId: person.personId }} {...rootProps} />
                  )}
                >
                  {person.displayName}
                </Anchor>
              </Table.Td>
              <Table.Td>{person.organizationName}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
