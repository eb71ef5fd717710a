import type { TFunction } from 'i18next';

import type { FieldErrors } from '@/components/form/use-form-errors';

/** Limits the server enforces for passwords (RegisterDto, ResetPasswordDto). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const NAME_MAX_LENGTH = 200;

// Deliberately loose: the server has the last word; this only catches typing slips early.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(value: string, t: TFunction): string | undefined {
  const email = value.trim();
  if (!email) return t('form.errors.emailRequired');
  if (!EMAIL_PATTERN.test(email)) return t('form.errors.emailInvalid');
  return undefined;
}

export function checkNewPassword(value: string, t: TFunction): string | undefined {
  if (!value) return t('form.errors.passwordRequired');
  if (value.length < PASSWORD_MIN_LENGTH)
    return t('form.errors.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
  if (value.length > PASSWORD_MAX_LENGTH)
    return t('form.errors.passwordTooLong', { max: PASSWORD_MAX_LENGTH });
  return undefined;
}

/** The errors that are set, or null when there are none. */
export function collectErrors(errors: FieldErrors): FieldErrors | null {
  const set = Object.entries(errors).filter(([, message]) => message);
  return set.length > 0 ? Object.fromEntries(set) : null;
}
