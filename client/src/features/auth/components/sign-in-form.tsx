import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { SessionUser } from '@/api/types';
import { ErrorSummary } from '@/components/form/error-summary';
import { PasswordField } from '@/components/form/password-field';
import { TextField } from '@/components/form/text-field';
import { useFormErrors } from '@/components/form/use-form-errors';
import { checkEmail, collectErrors } from '@/components/form/validation';
import { useLogin } from '@/features/auth/api/login';
import { ApiError } from '@/lib/api-client';

const FIELDS = ['email', 'password'] as const;

interface SignInFormProps {
  onSignedIn: (user: SessionUser) => void;
  /** Shown below the summary when the address is not yet confirmed. */
  unverifiedHint?: ReactNode;
}

export function SignInForm({ onSignedIn, unverifiedHint }: SignInFormProps) {
  const { t } = useTranslation();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors({
    idPrefix: 'sign-in',
    serverError: login.error,
    fields: FIELDS,
    failureTitle: t('auth.signIn.failed'),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    const errors = collectErrors({
      email: checkEmail(email, t),
      password: password ? undefined : t('form.errors.passwordRequired'),
    });
    if (errors) {
      form.rejectLocally(errors);
      return;
    }
    form.clearLocal();
    login.mutate(
      { email: email.trim(), password },
      { onSuccess: onSignedIn, onError: form.onServerError },
    );
  };

  const notVerified = login.error instanceof ApiError && login.error.code === 'EMAIL_NOT_VERIFIED';

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading" className="form__heading">
        {t('auth.signIn.formHeading')}
      </h2>
      {form.summary ? <ErrorSummary {...form.summary} /> : null}
      {notVerified && unverifiedHint ? <div className="notice">{unverifiedHint}</div> : null}
      <TextField
        id={form.fieldId('email')}
        name="email"
        type="email"
        label={t('auth.fields.email')}
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        autoCapitalize="none"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={form.errorOf('email')}
      />
      <PasswordField
        id={form.fieldId('password')}
        name="password"
        label={t('auth.fields.password')}
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={form.errorOf('password')}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </button>
      </div>
    </form>
  );
}
