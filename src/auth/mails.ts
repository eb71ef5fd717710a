/** Texts of the account mails: German first, English below (DESIGN.md: UI German first). */
export interface MailContent {
  template: string;
  subject: string;
  text: string;
}

const SIGNATURE =
  '\n\n-- \nMitplanen – Online-Beteiligung\nDiese E-Mail wurde automatisch erstellt. / This e-mail was sent automatically.';

export function verifyEmailMail(name: string, link: string): MailContent {
  return {
    template: 'auth.verify-email',
    subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse / Please confirm your e-mail address',
    text:
      `Guten Tag${name ? ` ${name}` : ''},\n\nbitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Konto bei Mitplanen zu aktivieren:\n\n${link}\n\nDer Link gilt 48 Stunden. Wenn Sie sich nicht registriert haben, können Sie diese E-Mail ignorieren.` +
      `\n\n---\n\nPlease confirm your e-mail address to activate your Mitplanen account:\n\n${link}\n\nThe link is valid for 48 hours. If you did not register, ignore this e-mail.` +
      SIGNATURE,
  };
}

export function accountExistsMail(link: string): MailContent {
  return {
    template: 'auth.account-exists',
    subject: 'Sie haben bereits ein Konto / You already have an account',
    text:
      `Guten Tag,\n\njemand hat versucht, mit Ihrer E-Mail-Adresse ein Konto bei Mitplanen anzulegen. Sie haben bereits ein Konto. Falls Sie Ihr Passwort vergessen haben, setzen Sie es hier zurück:\n\n${link}` +
      `\n\n---\n\nSomeone tried to register a Mitplanen account with your e-mail address. You already have an account. If you forgot your password, reset it here:\n\n${link}` +
      SIGNATURE,
  };
}

export function resetPasswordMail(link: string): MailContent {
  return {
    template: 'auth.reset-password',
    subject: 'Passwort zurücksetzen / Reset your password',
    text:
      `Guten Tag,\n\nüber diesen Link können Sie ein neues Passwort für Mitplanen festlegen:\n\n${link}\n\nDer Link gilt eine Stunde und nur einmal. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.` +
      `\n\n---\n\nUse this link to set a new Mitplanen password:\n\n${link}\n\nThe link is valid once, for one hour. If you did not ask for it, ignore this e-mail; your password stays unchanged.` +
      SIGNATURE,
  };
}
