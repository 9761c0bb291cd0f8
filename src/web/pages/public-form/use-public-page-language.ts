import { useDirection } from '@mantine/core';
import { useEffect } from 'react';
import { setRequestLanguage } from '../../api/client.js';
import { i18n as appI18n, directionOf } from '../../i18n/index.js';
import { publicFormDirection } from './public-form-i18n.js';

/** The languages the server words its messages in. */
const serverLanguages: readonly string[] = ['fr', 'en', 'ar'];

/**
 * The page's `lang` and `dir` (and Mantine's direction, and the language of the API's messages) follow
 * a public form's language while it is shown, then go back to the app's.
 */
export function usePublicPageLanguage(language: string | null): void {
  const { setDirection } = useDirection();
  useEffect(() => {
    if (!language) return;
    const dir = publicFormDirection(language);
    document.documentElement.lang = language;
    document.documentElement.dir = dir;
    setDirection(dir);
    // The server words its messages in fr, en or ar: English for the others.
    setRequestLanguage(serverLanguages.includes(language) ? language : `${language}, en;q=0.8`);
    return () => {
      const app = appI18n.language;
      document.documentElement.lang = app;
      document.documentElement.dir = directionOf(app);
      setDirection(directionOf(app));
      setRequestLanguage(app);
    };
  }, [language, setDirection]);
}
