import { Anchor, Badge, Group } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** Who a merged file is, as the kept file's screens name it. */
export interface MergedFileOrigin {
  personId: string;
  givenName: string;
  familyName: string;
}

/**
 * Marks a record read on a kept file that belongs to a file merged into it (docs/duplicates.md): it is
 * shown here read-only and stays on that file, which the link opens (where it is changed).
 */
export function MergedFileBadge({ file }: { file: MergedFileOrigin }) {
  const { t } = useTranslation();
  const name = `${file.givenName} ${file.familyName}`;
  return (
    <Group gap={6} wrap="wrap" data-testid="from-merged-file">
      <Badge
        variant="outline"
        color="dark"
        size="sm"
        tt="none"
        leftSection={<IconGitMerge size={12} aria-hidden />}
      >
        {t('duplicates.fromMerged', { name })}
      </Badge>
      <Anchor
        size="sm"
        renderRoot={(props) => (
          <Link to="/people/$personId" params={{ personId: file.personId }} search={{}} {...props} />
        )}
      >
        {t('duplicates.fromMergedLink', { name })}
      </Anchor>
    </Group>
  );
}
