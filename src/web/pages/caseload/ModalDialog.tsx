import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A modal dialog, full screen on a phone, named by its title. */
export function Dialog({
  opened,
  onClose,
  title,
  size,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 40em)');
  return (
    <Modal.Root opened={opened} onClose={onClose} fullScreen={narrow} size={size ?? 'md'}>
      <Modal.Overlay />
      <Modal.Content>
        {/* A <header> inside the dialog would be a second page banner for assistive technology. */}
        <Modal.Header component="div">
          <Modal.Title>{title}</Modal.Title>
          <Modal.CloseButton aria-label={t('app.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
