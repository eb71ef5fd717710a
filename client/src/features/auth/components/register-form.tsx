import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorSummary } from '@/components/form/error-summary';
import { PasswordField } from '@/components/form/password-field';
import { TextField } from '@/components/form/text-field';
import { useFormErrors } from '@/components/form/use-form-errors';
import {
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  checkEmail,
  checkNewPassword,
  collectErrors,
} from '@/components/form/validation';
import { useRegister } from '@/features/auth/api/register';

const FIELDS = ['displayName', 'email', 'password'] as const;

interface RegisterFormProps {
  /** The server accepted the request; a mail is on its way to `email`. */
  onSubmitted: (email: string) => void;
}

export function RegisterForm({ onSubmitted }: RegisterFormProps) {
  const { t } = useTranslation();
  const register = useRegister();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors({
    idPrefix: 'register',
    serverError: register.error,
    fields: FIELDS,
    failureTitle: t('auth.register.failed'),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (register.isPending) return;
    const name = displayName.trim();
    const errors = collectErrors({
      displayName: !name
        ? t('form.errors.nameRequired')
        : name.length > NAME_MAX_LENGTH
          ? t('form.errors.nameTooLong', { max: NAME_MAX_LENGTH })
          : undefined,
      email: checkEmail(email, t),
      password: checkNewPassword(password, t),
    });
    if (errors) {
      form.rejectLocally(errors);
      return;
    }
    form.clearLocal();
    const address = email.trim();
    register.mutate(
      { displayName: name, email: address, password },
      { onSuccess: () => onSubmitted(address), onError: form.onServerError },
    );
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="register-heading">
      <h2 id="register-heading" className="form__heading">
        {t('auth.register.formHeading')}
      </h2>
      <p className="form__intro">{t('form.allRequired')}</p>
      {form.summary ? <ErrorSummary {...form.summary} /> : null}
      <TextField
        id={form.fieldId('displayName')}
        name="displayName"
        label={t('auth.fields.displayName')}
        hint={t('auth.register.displayNameHint')}
        autoComplete="name"
        required
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        error={form.errorOf('displayName')}
      />
      <TextField
        id={form.fieldId('email')}
        name="email"
        type="email"
        label={t('auth.fields.email')}
        hint={t('auth.register.emailHint')}
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
        label={t('auth.fields.newPassword')}
        hint={t('auth.passwordRules', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}
        autoComplete="new-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={form.errorOf('password')}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={register.isPending}>
          {register.isPending ? t('auth.register.submitting') : t('auth.register.submit')}
        </button>
      </div>
    </form>
  );
}
