import { Button, Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { mayAddPathways, mayReadRecognitionFigures } from '../../api/recognition.js';
import { useSession } from '../../api/session.js';
import { PageTitle } from '../../components/PageTitle.js';
import { PathwayFinder } from './PathwayFinder.js';

/** The working group's catalogue of recognition pathways, searched by occupation, jurisdiction and regulation. */
export function PathwaysPage() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <>
      <PageTitle
        title={t('recognition.catalogue.title')}
        intro={t('recognition.catalogue.intro')}
        actions={
          <Group gap="sm" wrap="wrap">
            {mayAddPathways(session.role) ? (
              <Button renderRoot={(props) => <Link to="/recognition/pathways/new" {...props} />}>
                {t('recognition.catalogue.newPathwayLink')}
              </Button>
            ) : null}
            {mayReadRecognitionFigures(session.role) ? (
              <Button variant="default" renderRoot={(props) => <Link to="/recognition/figures" {...props} />}>
                {t('recognition.catalogue.figuresLink')}
              </Button>
            ) : null}
          </Group>
        }
      />
      <PathwayFinder />
    </>
  );
}
