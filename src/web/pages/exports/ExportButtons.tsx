import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const formats = ['csv', 'xlsx'] as const;

/** The URL of an export: its route, the list's filters (empty ones left out) and the format. */
export function exportHref(
  path: string,
  filters: Record<string, string | number | undefined | null>,
  format: (typeof formats)[number],
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  }
  query.set('format', format);
  return `${path}?${query.toString()}`;
}

/**
 * "Export: CSV | Excel" for a list: plain links to the export route (the session cookie goes with
 * them), which the browser saves as the file the server names.
 */
export function ExportButtons({
  path,
  filters = {},
  label,
  describedAs = 'exportAs',
}: {
  path: string;
  filters?: Record<string, string | number | undefined | null>;
  label?: string;
  describedAs?: 'exportAs' | 'placementsAs' | 'enrolmentsAs';
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" title={t('exports.sensitiveNote')}>
      <Text size="sm" c="dimmed">
        {label ?? t('exports.export')}
      </Text>
      {formats.map((format) => (
        <Button
          key={format}
          component="a"
          href={exportHref(path, filters, format)}
          download
          size="compact-sm"
          variant="default"
          aria-label={t(`exports.${describedAs}`, { format: t(`exports.${format}`) })}
        >
          {t(`exports.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
