import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { XPlanungProposal } from '@/api/types';
import { errorMessage } from '@/components/ui/error-state';
import { useImportXPlanung } from '@/features/planning/api/import-xplanung';
import { ApiError } from '@/lib/api-client';

interface XPlanungImportProps {
  /** The file was read: fill the form with the proposal. */
  onProposal: (proposal: XPlanungProposal, file: File) => void;
  /** Open at first (the page was opened to import). */
  defaultOpen?: boolean;
}

/** Reads an XPlanGML file (XPlanung 5.x/6.x) into a proposal for the new procedure's form. */
export function XPlanungImport({ onProposal, defaultOpen = false }: XPlanungImportProps) {
  const { t } = useTranslation();
  const mutation = useImportXPlanung();
  const inputRef = useRef<HTMLInputElement>(null);
  const [missingFile, setMissingFile] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = inputRef.current?.files?.[0];
    setMissingFile(!file);
    if (!file) {
      inputRef.current?.focus();
      return;
    }
    mutation.mutate(file, { onSuccess: (proposal) => onProposal(proposal, file) });
  };

  const fieldError = missingFile
    ? t('planner.xplanung.fileRequired')
    : mutation.error instanceof ApiError
      ? (mutation.error.fieldErrors.find((e) => e.field === 'file')?.message ??
        errorMessage(mutation.error, t))
      : mutation.error
        ? errorMessage(mutation.error, t)
        : undefined;

  return (
    <details className="xplanung-import" open={defaultOpen || undefined}>
      <summary id="xplanung-heading" className="xplanung-import__summary">
        {t('planner.xplanung.heading')}
      </summary>
      <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="xplanung-heading">
        <p className="form__intro">{t('planner.xplanung.intro')}</p>
        <div className={fieldError ? 'field field--error' : 'field'}>
          <label htmlFor="xplanung-file">{t('planner.xplanung.file')}</label>
          <span id="xplanung-file-hint" className="field__hint">
            {t('planner.xplanung.fileHint')}
          </span>
          {fieldError ? (
            <p id="xplanung-file-error" className="field__error" role="alert">
              <span className="visually-hidden">{t('form.errorPrefix')} </span>
              {fieldError}
            </p>
          ) : null}
          <input
            ref={inputRef}
            id="xplanung-file"
            type="file"
            accept=".gml,.xml,application/gml+xml,application/xml,text/xml"
            aria-describedby={
              fieldError ? 'xplanung-file-hint xplanung-file-error' : 'xplanung-file-hint'
            }
            aria-invalid={fieldError ? true : undefined}
            onChange={() => setMissingFile(false)}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={mutation.isPending}>
            {mutation.isPending ? t('planner.xplanung.reading') : t('planner.xplanung.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}
