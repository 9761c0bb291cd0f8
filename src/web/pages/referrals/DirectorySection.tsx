import { Badge, Button, Card, Group, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ServiceView, useServices } from '../../api/referrals.js';
import { QueryState } from '../../components/QueryState.js';
import { Dialog } from '../caseload/Dialog.js';
import { ServiceForm } from './ServiceForm.js';

/** The partner directory: the organization's services (editable) and those its partners share (read only). */
export function DirectorySection() {
  const { t } = useTranslation();
  const [archived, setArchived] = useState(false);
  const services = useServices(archived);
  const [editing, setEditing] = useState<ServiceView | 'new' | null>(null);
  return (
    <Stack>
      <Text>{t('referrals.directory.intro')}</Text>
      <Group justify="space-between">
        <Switch
          label={t('referrals.directory.showArchived')}
          checked={archived}
          onChange={(event) => setArchived(event.currentTarget.checked)}
        />
        <Button onClick={() => setEditing('new')}>{t('referrals.directory.add')}</Button>
      </Group>
      <QueryState isPending={services.isPending} error={services.error} onRetry={() => services.refetch()}>
        {services.data ? (
          services.data.items.length === 0 ? (
            <Text>{t('referrals.directory.empty')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {services.data.items.map((service) => (
                <Card
                  key={service.id}
                  withBorder
                  component="article"
                  aria-labelledby={`service-${service.id}`}
                >
                  <Stack gap={4}>
                    <Title order={2} size="h5" id={`service-${service.id}`}>
                      {service.name}
                    </Title>
                    {service.providerName ? <Text size="sm">{service.providerName}</Text> : null}
                    <Group gap={4}>
                      <Badge variant="light">{t(`referrals.purpose.${service.kind}`)}</Badge>
                      {service.archived ? (
                        <Badge color="gray.8">{t('referrals.directory.archived')}</Badge>
                      ) : null}
                    </Group>
                    {[service.address, service.area].filter(Boolean).length > 0 ? (
                      <Text size="sm">{[service.address, service.area].filter(Boolean).join(', ')}</Text>
                    ) : null}
                    {service.phone ? <Text size="sm">{service.phone}</Text> : null}
                    {service.email ? <Text size="sm">{service.email}</Text> : null}
                    {service.languages.length > 0 ? (
                      <Text size="sm" c="dimmed">
                        {service.languages.join(', ')}
                      </Text>
                    ) : null}
                    {service.notes ? <Text size="sm">{service.notes}</Text> : null}
                    {service.own ? (
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        style={{ alignSelf: 'flex-start' }}
                        onClick={() => setEditing(service)}
                        aria-label={`${t('referrals.directory.edit')} — ${service.name}`}
                      >
                        {t('referrals.directory.edit')}
                      </Button>
                    ) : (
                      <Text size="xs" c="dimmed">
                        {t('referrals.directory.sharedBy', { name: service.organization.name })}
                      </Text>
                    )}
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          )
        ) : null}
      </QueryState>
      <Dialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t(editing === 'new' ? 'referrals.directory.addTitle' : 'referrals.directory.editTitle')}
        size="lg"
      >
        {editing !== null ? (
          <ServiceForm service={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        ) : null}
      </Dialog>
    </Stack>
  );
}
