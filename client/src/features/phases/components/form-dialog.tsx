import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormDialogProps {
  title: string;
  /** What the action does, in plain words. */
  description: ReactNode;
  /** The fields. */
  children: ReactNode;
  submitLabel: string;
  pendingLabel?: string;
  pending?: boolean;
  /** Problem shown above the buttons (the server's detail). */
  error?: string | null;
  tone?: 'default' | 'danger';
  onSubmit: () => void;
  onCancel: () => void;
}

/**
 * A modal form on the native <dialog> (focus stays inside, Escape cancels, the page behind is
 * inert). It opens on mount with the focus on the first field and gives the focus back to the
 * opener when it goes; Enter in a field submits.
 */
export function FormDialog({
  title,
  description,
  children,
  submitLabel,
  pendingLabel,
  pending = false,
  error,
  tone = 'default',
  onSubmit,
  onCancel,
}: FormDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('input, textarea, select')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onSubmit();
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <div id={descriptionId} className="dialog__body">
          {description}
        </div>
        <div className="dialog__fields">{children}</div>
        {error ? (
          <p className="dialog__error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button
            type="submit"
            className={tone === 'danger' ? 'button button--danger' : 'button'}
            disabled={pending}
          >
            {pending ? (pendingLabel ?? submitLabel) : submitLabel}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={onCancel}
            disabled={pending}
          >
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
