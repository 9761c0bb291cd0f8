import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DialogProps } from './Dialog.js';

/** The modal behind Dialog, fetched when a dialog is first opened (see Dialog.tsx). */
export function ModalDialog({ opened, onClose, title, size, children }: DialogProps) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 40em)');
  // Mounted closed, then opened: the modal notes the focused control only when `opened` changes, and
  // gives focus back to it on closing.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return (
    <Modal.Root opened={opened && mounted} onClose={onClose} fullScreen={narrow} size={size ?? 'md'}>
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
