import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { useLogout } from '@/features/auth/api/logout';
import { signedOutState } from '@/features/auth/utils/notices';

interface SignOutButtonProps {
  className?: string;
}

/** Ends the session on the server, then shows the sign-in page with "Sie sind abgemeldet". */
export function SignOutButton({ className = 'button button--secondary' }: SignOutButtonProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Leave the page first (flushSync: at once), so that a page for signed-in users does not
  // send the visitor to the sign-in page with a return address when the user is forgotten.
  const logout = useLogout({
    onSessionEnded: () => navigate(paths.signIn, { state: signedOutState, flushSync: true }),
  });
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={logout.isPending}
        onClick={() => logout.mutate()}
      >
        {logout.isPending ? t('auth.signOut.pending') : t('auth.signOut.submit')}
      </button>
      {logout.isError ? (
        <span className="inline-error" role="alert">
          {t('auth.signOut.failed')}
        </span>
      ) : null}
    </>
  );
}
