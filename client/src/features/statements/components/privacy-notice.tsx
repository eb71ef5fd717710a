import { useTranslation } from 'react-i18next';

import { privacyContacts } from '@/features/statements/privacy';

interface PrivacyNoticeProps {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}

const SECTIONS = [
  'controller',
  'dpo',
  'purposes',
  'legalBasis',
  'data',
  'recipients',
  'publication',
  'retention',
  'rights',
  'complaint',
] as const;

/**
 * The information required by Art. 13 DSGVO, shown on the form: a short summary that is always
 * visible and the full notice in a disclosure that opens in place (no pop-up, no new page).
 * The checkbox records that the notice was shown – the legal basis is the public task
 * (Art. 6(1)(c), (e) DSGVO with §§ 3, 4a BauGB), not consent.
 */
export function PrivacyNotice({ id, checked, onChange, error }: PrivacyNoticeProps) {
  const { t } = useTranslation();
  const errorId = `${id}-error`;
  const values = { controller: privacyContacts.controller, dpo: privacyContacts.dpo };

  return (
    <section className="privacy-notice" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="privacy-notice__heading">
        {t('statements.privacy.heading')}
      </h3>
      <p>{t('statements.privacy.summary', values)}</p>
      <details className="privacy-notice__details">
        <summary>{t('statements.privacy.open')}</summary>
        <div className="privacy-notice__body">
          {SECTIONS.map((section) => (
            <div key={section}>
              <h4>{t(`statements.privacy.sections.${section}.title`)}</h4>
              <p>{t(`statements.privacy.sections.${section}.text`, values)}</p>
            </div>
          ))}
        </div>
      </details>
      <div className={error ? 'field field--error' : 'field'}>
        {error ? (
          <p id={errorId} className="field__error">
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {error}
          </p>
        ) : null}
        <div className="checkbox">
          <input
            id={id}
            type="checkbox"
            name="privacyNoticeAcknowledged"
            checked={checked}
            onChange={(event) => onChange(event.target.checked)}
            aria-describedby={error ? errorId : undefined}
            aria-invalid={error ? true : undefined}
            required
          />
          <label htmlFor={id}>{t('statements.privacy.acknowledge')}</label>
        </div>
      </div>
    </section>
  );
}
