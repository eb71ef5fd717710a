import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorSummary } from '@/components/form/error-summary';
import { PasswordField } from '@/components/form/password-field';
import { useFormErrors } from '@/components/form/use-form-errors';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  checkNewPassword,
  collectErrors,
} from '@/components/form/validation';
import { useResetPassword } from '@/features/auth/api/reset-password';

const FIELDS = ['password'] as const;

interface ResetPasswordFormProps {
  token: string;
  onDone: () => void;
}

export function ResetPasswordForm({ token, onDone }: ResetPasswordFormProps) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const form = useFormErrors({
    idPrefix: 'reset',
    serverError: reset.error,
    fields: FIELDS,
    failureTitle: t('auth.reset.failed'),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reset.isPending) return;
    const errors = collectErrors({ password: checkNewPassword(password, t) });
    if (errors) {
      form.rejectLocally(errors);
      return;
    }
    form.clearLocal();
    reset.mutate({ token, password }, { onSuccess: onDone, onError: form.onServerError });
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="reset-heading">
      <h2 id="reset-heading" className="form__heading">
        {t('auth.reset.formHeading')}
      </h2>
      {form.summary ? <ErrorSummary {...form.summary} /> : null}
      <PasswordField
        id={form.fieldId('password')}
        name="password"
        label={t('auth.fields.newPassword')}
        hint={t('auth.passwordRules', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}
        autoComplete="new-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={form.errorOf('password')}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={reset.isPending}>
          {reset.isPending ? t('auth.reset.submitting') : t('auth.reset.submit')}
        </button>
      </div>
    </form>
  );
}
