import { useTranslation } from 'react-i18next';

import { errorMessage } from '@/components/ui/error-state';

/** The failure of an action at its button: the server's detail, announced (role alert). */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="field__error" role="alert">
      {errorMessage(error, t)}
    </p>
  );
}
