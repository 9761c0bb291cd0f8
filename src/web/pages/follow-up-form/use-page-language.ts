import { useDirection } from '@mantine/core';
import { useEffect } from 'react';
import { setRequestLanguage } from '../../api/client.js';
import { i18n as appI18n, directionOf } from '../../i18n/index.js';
import { type FollowUpFormLanguage, formDirection } from './form-i18n.js';

/**
 * The page's `lang` and `dir` (and Mantine's direction, and the language of the API's messages) follow
 * the form's language while it is shown, then go back to the app's.
 */
export function usePageLanguage(language: FollowUpFormLanguage | null): void {
  const { setDirection } = useDirection();
  useEffect(() => {
    if (!language) return;
    const dir = formDirection(language);
    document.documentElement.lang = language;
    document.documentElement.dir = dir;
    setDirection(dir);
    // The server words its messages in fr, en or ar: English for the other three.
    setRequestLanguage(['fr', 'en', 'ar'].includes(language) ? language : `${language}, en;q=0.8`);
    return () => {
      const app = appI18n.language;
      document.documentElement.lang = app;
      document.documentElement.dir = directionOf(app);
      setDirection(directionOf(app));
      setRequestLanguage(app);
    };
  }, [language, setDirection]);
}
