import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { TextAreaField } from '@/components/form/textarea-field';
import { DecisionForm } from '@/features/moderation/components/decision-form';

const TEXT_ID = 'redact-text';

interface RedactFormProps {
  /** The proposed published text (the hinted personal data already replaced). */
  initialText: string;
  pending: boolean;
  onSubmit: (publishedText: string) => void;
  onCancel: () => void;
}

/**
 * Redact: the text the public will see, editable before it is saved. The original stays
 * unchanged for staff.
 */
export function RedactForm({ initialText, pending, onSubmit, onCancel }: RedactFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialText);
  const [error, setError] = useState<string | undefined>();

  const submit = () => {
    if (!text.trim()) {
      setError(t('moderation.redact.textMissing'));
      document.getElementById(TEXT_ID)?.focus();
      return;
    }
    onSubmit(text);
  };

  return (
    <DecisionForm
      id="redact-form"
      heading={t('moderation.redact.heading')}
      focusId={TEXT_ID}
      submitLabel={t('moderation.redact.submit')}
      pending={pending}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextAreaField
        id={TEXT_ID}
        label={t('moderation.redact.text')}
        hint={t('moderation.redact.hint', { placeholder: t('moderation.redact.placeholder') })}
        value={text}
        error={error}
        rows={8}
        onChange={(event) => {
          setText(event.target.value);
          setError(undefined);
        }}
      />
    </DecisionForm>
  );
}
