import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Pager({
  page,
  pageSize,
  total,
  onChange,
}: {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="md" wrap="wrap">
      <Text size="sm" aria-live="polite">
        {t('app.resultCount', { count: total })} — {t('app.pageOf', { page, pages })}
      </Text>
      {pages > 1 ? (
        <nav aria-label={t('caseload.pagination')}>
          <Pagination
            total={pages}
            value={page}
            onChange={onChange}
            size="sm"
            getControlProps={(control) => ({
              'aria-label': control === 'previous' ? '‹' : control === 'next' ? '›' : control,
            })}
          />
        </nav>
      ) : null}
    </Group>
  );
}
