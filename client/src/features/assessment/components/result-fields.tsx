import { useTranslation } from 'react-i18next';

import type { AssessmentResult, ResponseTemplate } from '@/api/types';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/textarea-field';
import { CONTENT_LANGUAGE } from '@/config/site';
import { ACKNOWLEDGED_TEXT, RESULTS } from '@/features/assessment/constants';

export interface ResultValues {
  result: AssessmentResult | '';
  response: string;
}

interface ResultFieldsProps {
  /** Prefix of the fields' ids. */
  id: string;
  values: ResultValues;
  onChange: (next: ResultValues) => void;
  /** Templates to pick from (for the statement's topic and general ones). */
  templates: readonly ResponseTemplate[];
  errors?: Partial<Record<'result' | 'response', string>>;
}

/**
 * Result, response text and a template to fill both: the fields of one assessment, for a
 * statement and for a group. "Acknowledged" fills in the standard sentence when the response
 * is empty.
 */
export function ResultFields({ id, values, onChange, templates, errors = {} }: ResultFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      {templates.length > 0 ? (
        <SelectField
          id={`${id}-template`}
          label={t('assessment.form.template')}
          hint={t('assessment.form.templateHint')}
          value=""
          onChange={(event) => {
            const template = templates.find((x) => x.id === event.target.value);
            if (template) onChange({ result: template.result, response: template.text });
          }}
        >
          <option value="">{t('assessment.form.chooseTemplate')}</option>
          {templates.map((template) => (
            <option key={template.id} value={template.id} lang={CONTENT_LANGUAGE}>
              {template.title}
              {template.topic ? ` (${template.topic})` : ''}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField
        id={`${id}-result`}
        label={t('assessment.form.result')}
        value={values.result}
        error={errors.result}
        required
        onChange={(event) => {
          const result = event.target.value as AssessmentResult | '';
          const response =
            result === 'acknowledged' && !values.response.trim()
              ? ACKNOWLEDGED_TEXT
              : values.response;
          onChange({ result, response });
        }}
      >
        <option value="">{t('assessment.form.chooseResult')}</option>
        {RESULTS.map((result) => (
          <option key={result} value={result}>
            {t(`assessment.result.${result}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={`${id}-response`}
        label={t('assessment.form.response')}
        hint={t('assessment.form.responseHint')}
        value={values.response}
        error={errors.response}
        rows={5}
        lang={CONTENT_LANGUAGE}
        onChange={(event) => onChange({ ...values, response: event.target.value })}
      />
    </>
  );
}
