import { notifications } from '@mantine/notifications';
import { i18n } from './i18n/index.js';

/** A notice in the corner, with a named close button (Mantine's has no accessible name by default). */
export function notify(options: {
  color: 'green' | 'red';
  message: string;
  title?: string;
  autoClose?: number;
}): void {
  notifications.show({
    ...options,
    closeButtonProps: { 'aria-label': i18n.t('app.close') },
  });
}
