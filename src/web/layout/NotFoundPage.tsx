import { Anchor, Container, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl" component="main">
      <PageTitle title={t('app.notFoundTitle')} />
      <Text mb="md">{t('app.notFoundText')}</Text>
      <Anchor renderRoot={(props) => <Link to="/" {...props} />}>{t('app.backHome')}</Anchor>
    </Container>
  );
}
