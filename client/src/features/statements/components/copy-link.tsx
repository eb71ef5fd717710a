import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyLinkProps {
  id: string;
  label: string;
  url: string;
}

/** A link in a read-only field with a "copy" button; the outcome is announced politely. */
export function CopyLink({ id, label, url }: CopyLinkProps) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');

  const copy = async () => {
    setMessage('');
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('statements.receipt.copied'));
    } catch {
      // No clipboard access (e.g. not HTTPS): select the link so it can be copied by hand.
      inputRef.current?.select();
      setMessage(t('statements.receipt.copyFailed'));
    }
  };

  return (
    <div className="copy-link">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <div className="copy-link__row">
          <input
            ref={inputRef}
            id={id}
            type="text"
            readOnly
            value={url}
            onFocus={(event) => event.target.select()}
            spellCheck={false}
          />
          <button type="button" className="button" onClick={() => void copy()}>
            {t('statements.receipt.copy')}
          </button>
        </div>
      </div>
      <p className="copy-link__message" role="status">
        {message}
      </p>
    </div>
  );
}
