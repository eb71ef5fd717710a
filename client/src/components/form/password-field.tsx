import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { TextField, type TextFieldProps } from '@/components/form/text-field';

type PasswordFieldProps = Omit<TextFieldProps, 'type' | 'after'> & {
  autoComplete: 'current-password' | 'new-password';
};

/**
 * A password input with a "show password" checkbox, so that nobody has to type a long
 * password blind (WCAG 3.3.8 Accessible Authentication); password managers can fill it.
 */
export function PasswordField({ id, ...props }: PasswordFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      id={id}
      type={visible ? 'text' : 'password'}
      spellCheck={false}
      autoCapitalize="none"
      {...props}
      after={
        <div className="checkbox field__toggle">
          <input
            id={`${id}-show`}
            type="checkbox"
            checked={visible}
            onChange={(event) => setVisible(event.target.checked)}
          />
          <label htmlFor={`${id}-show`}>{t('form.showPassword')}</label>
        </div>
      }
    />
  );
}
