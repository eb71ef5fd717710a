import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorSummary } from '@/components/form/error-summary';
import { TextField } from '@/components/form/text-field';
import { useFormErrors } from '@/components/form/use-form-errors';
import { checkEmail, collectErrors } from '@/components/form/validation';
import { useForgotPassword } from '@/features/auth/api/forgot-password';

const FIELDS = ['email'] as const;

interface ForgotPasswordFormProps {
  onSubmitted: (email: string) => void;
}

export function ForgotPasswordForm({ onSubmitted }: ForgotPasswordFormProps) {
  const { t } = useTranslation();
  const forgot = useForgotPassword();
  const [email, setEmail] = useState('');
  const form = useFormErrors({ idPrefix: 'forgot', serverError: forgot.error, fields: FIELDS });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (forgot.isPending) return;
    const errors = collectErrors({ email: checkEmail(email, t) });
    if (errors) {
      form.rejectLocally(errors);
      return;
    }
    form.clearLocal();
    const address = email.trim();
    forgot.mutate(
      { email: address },
      { onSuccess: () => onSubmitted(address), onError: form.onServerError },
    );
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="forgot-heading">
      <h2 id="forgot-heading" className="form__heading">
        {t('auth.forgot.formHeading')}
      </h2>
      {form.summary ? <ErrorSummary {...form.summary} /> : null}
      <TextField
        id={form.fieldId('email')}
        name="email"
        type="email"
        label={t('auth.fields.email')}
        hint={t('auth.forgot.emailHint')}
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        autoCapitalize="none"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={form.errorOf('email')}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={forgot.isPending}>
          {forgot.isPending ? t('auth.forgot.submitting') : t('auth.forgot.submit')}
        </button>
      </div>
    </form>
  );
}
