import { useDirection } from '@mantine/core';
import { useEffect } from 'react';
import { setRequestLanguage } from '../api/client.js';
import { directionOf, i18n, loadLanguage, rememberLanguage, type UiLanguage } from './index.js';

function applyLanguage(language: string, setDirection: (dir: 'ltr' | 'rtl') => void): void {
  const dir = directionOf(language);
  document.documentElement.lang = language;
  document.documentElement.dir = dir;
  setDirection(dir);
  setRequestLanguage(language);
}

/** Keeps the page's lang/dir attributes, Mantine's direction and API requests in the chosen language. */
export function useLanguageEffects(): void {
  const { setDirection } = useDirection();
  useEffect(() => {
    applyLanguage(i18n.language, setDirection);
    const listener = (language: string) => applyLanguage(language, setDirection);
    i18n.on('languageChanged', listener);
    return () => i18n.off('languageChanged', listener);
  }, [setDirection]);
}

export async function chooseLanguage(language: UiLanguage): Promise<void> {
  await loadLanguage(language);
  rememberLanguage(language);
  await i18n.changeLanguage(language);
}
