import { useTranslation } from 'react-i18next';

import { TextField } from '@/components/form/text-field';
import type { SubmitterType } from '@/features/statements/types';

export interface SubmitterValue {
  type: SubmitterType | '';
  name: string;
  organisation: string;
  street: string;
  postcode: string;
  city: string;
  email: string;
}

export const EMPTY_SUBMITTER: SubmitterValue = {
  type: '',
  name: '',
  organisation: '',
  street: '',
  postcode: '',
  city: '',
  email: '',
};

type NamedField = Exclude<keyof SubmitterValue, 'type'>;

interface SubmitterFieldsProps {
  /** id of an input for a field name as sent, e.g. "submitter.name". */
  fieldId: (field: string) => string;
  errorOf: (field: string) => string | undefined;
  value: SubmitterValue;
  onChange: (next: SubmitterValue) => void;
}

/**
 * Anonymous or named, with the consequence stated before the choice (DOMAIN §2): an anonymous
 * statement is considered, but its author gets no result letter. Named fields carry
 * autocomplete tokens, so browsers can fill them (WCAG 1.3.5).
 */
export function SubmitterFields({ fieldId, errorOf, value, onChange }: SubmitterFieldsProps) {
  const { t } = useTranslation();
  const typeId = fieldId('submitter.type');
  const typeError = errorOf('submitter.type');
  const set = (field: NamedField) => (event: { target: { value: string } }) =>
    onChange({ ...value, [field]: event.target.value });

  return (
    <fieldset
      className={typeError ? 'fieldset field--error' : 'fieldset'}
      aria-describedby={`${typeId}-consequence${typeError ? ` ${typeId}-error` : ''}`}
    >
      <legend className="fieldset__legend">{t('statements.submitter.legend')}</legend>
      <p id={`${typeId}-consequence`} className="notice">
        {t('statements.submitter.consequence')}
      </p>
      {typeError ? (
        <p id={`${typeId}-error`} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {typeError}
        </p>
      ) : null}
      <div className="radios">
        <div className="radio">
          <input
            id={typeId}
            type="radio"
            name="submitter-type"
            value="anonymous"
            checked={value.type === 'anonymous'}
            onChange={() => onChange({ ...value, type: 'anonymous' })}
            aria-describedby={`${typeId}-anonymous-hint`}
          />
          <label htmlFor={typeId}>{t('statements.submitter.anonymous')}</label>
          <span id={`${typeId}-anonymous-hint`} className="field__hint radio__hint">
            {t('statements.submitter.anonymousHint')}
          </span>
        </div>
        <div className="radio">
          <input
            id={`${typeId}-named`}
            type="radio"
            name="submitter-type"
            value="named"
            checked={value.type === 'named'}
            onChange={() => onChange({ ...value, type: 'named' })}
            aria-describedby={`${typeId}-named-hint`}
          />
          <label htmlFor={`${typeId}-named`}>{t('statements.submitter.named')}</label>
          <span id={`${typeId}-named-hint`} className="field__hint radio__hint">
            {t('statements.submitter.namedHint')}
          </span>
        </div>
      </div>

      {value.type === 'named' ? (
        <div className="submitter-fields">
          <p className="field__hint">{t('statements.submitter.namedIntro')}</p>
          <TextField
            id={fieldId('submitter.name')}
            name="name"
            label={t('statements.submitter.name')}
            autoComplete="name"
            required
            value={value.name}
            onChange={set('name')}
            error={errorOf('submitter.name')}
          />
          <TextField
            id={fieldId('submitter.organisation')}
            name="organization"
            label={t('statements.submitter.organisation')}
            hint={t('statements.submitter.organisationHint')}
            autoComplete="organization"
            value={value.organisation}
            onChange={set('organisation')}
            error={errorOf('submitter.organisation')}
          />
          <TextField
            id={fieldId('submitter.street')}
            name="street-address"
            label={t('statements.submitter.street')}
            autoComplete="street-address"
            value={value.street}
            onChange={set('street')}
            error={errorOf('submitter.street')}
          />
          <div className="field-row">
            <TextField
              id={fieldId('submitter.postcode')}
              name="postal-code"
              label={t('statements.submitter.postcode')}
              autoComplete="postal-code"
              inputMode="numeric"
              maxLength={5}
              className="input--postcode"
              value={value.postcode}
              onChange={set('postcode')}
              error={errorOf('submitter.postcode')}
            />
            <TextField
              id={fieldId('submitter.city')}
              name="address-level2"
              label={t('statements.submitter.city')}
              autoComplete="address-level2"
              value={value.city}
              onChange={set('city')}
              error={errorOf('submitter.city')}
            />
          </div>
          <TextField
            id={fieldId('submitter.email')}
            name="email"
            type="email"
            label={t('statements.submitter.email')}
            hint={t('statements.submitter.emailHint')}
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            autoCapitalize="none"
            value={value.email}
            onChange={set('email')}
            error={errorOf('submitter.email')}
          />
        </div>
      ) : null}
    </fieldset>
  );
}
