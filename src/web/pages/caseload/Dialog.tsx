import type { ReactNode } from 'react';
import { lazy } from 'react';
import { OnceOpened } from '../../components/OnceOpened.js';

export interface DialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: string;
  children: ReactNode;
}

const ModalDialog = lazy(() =>
  import('./ModalDialog.js').then((module) => ({ default: module.ModalDialog })),
);

/**
 * A modal dialog, full screen on a phone, named by its title. The modal's code (focus trap, scroll
 * lock, transitions) comes with the first opening, not with the page that offers the dialog.
 */
export function Dialog(props: DialogProps) {
  return (
    <OnceOpened opened={props.opened}>
      <ModalDialog {...props} />
    </OnceOpened>
  );
}
