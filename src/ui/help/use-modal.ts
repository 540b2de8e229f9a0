// A native <dialog> opened as a modal while its component is mounted: the browser keeps focus
// inside, Esc closes it (through `onClose`), and focus goes back where it was on close.
import { useEffect, useRef, type RefObject } from 'react';

/** Ref for the <dialog>; it is shown modally on mount and `onClose` runs on Esc. */
export function useModal(onClose: () => void): { ref: RefObject<HTMLDialogElement | null>; onCancel(e: { preventDefault(): void }): void } {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      before?.focus?.();
    };
  }, []);
  return {
    ref,
    onCancel: (e) => {
      // React closes it by unmounting, so the component's state says what is open.
      e.preventDefault();
      onClose();
    },
  };
}
