/** Fragment of the procedure page that opens the statement form. */
export const STATEMENT_FORM_ANCHOR = 'stellungnahme-schreiben';

export const paths = {
  home: '/',
  procedure: (id: string) => `/verfahren/${encodeURIComponent(id)}`,
  /** The procedure page with its statement form open. */
  statementForm: (id: string) => `/verfahren/${encodeURIComponent(id)}#${STATEMENT_FORM_ANCHOR}`,
  statementReceipt: '/stellungnahmen/eingang',
  /** The private status page; its link (with `ref` and `token`) comes from the server. */
  statementStatus: '/stellungnahmen/status',
  accessibility: '/barrierefreiheit',
  feedback: '/feedback',
  signIn: '/anmelden',
  register: '/registrieren',
  verifyEmail: '/konto/bestaetigen',
  forgotPassword: '/passwort/vergessen',
  resetPassword: '/passwort/neu',
  account: '/konto',
  planning: '/planung',
  planningNewProcedure: '/planung/verfahren/neu',
  planningProcedure: (id: string) => `/planung/verfahren/${encodeURIComponent(id)}`,
  admin: '/admin',
  adminMails: '/admin/mails',
  adminMail: (id: string) => `/admin/mails/${encodeURIComponent(id)}`,
  /* Moderation (issue 6) */
  moderation: '/moderation',
  netiquette: '/netiquette',
  /* Assessment (issue 7) */
  planningAssessment: (id: string) => `/planung/verfahren/${encodeURIComponent(id)}/abwaegung`,
  procedureResults: (id: string) => `/verfahren/${encodeURIComponent(id)}/ergebnisse`,
} as const;

/** Query parameter of the sign-in page naming the page to return to afterwards. */
export const RETURN_PARAM = 'weiter';

/** The sign-in page, returning to `next` (a path of this site) after signing in. */
export function signInPath(next?: string): string {
  return next ? `${paths.signIn}?${RETURN_PARAM}=${encodeURIComponent(next)}` : paths.signIn;
}
