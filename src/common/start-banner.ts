/** A demo staff account as the start banner lists it. */
export interface BannerAccount {
  email: string;
  roles: string[];
  /** Set only at the start that created it: shown this once. */
  password?: string;
}

export interface BannerInput {
  url: string;
  database: string;
  /** Demo accounts when the demo is seeded; null without the demo. */
  accounts: BannerAccount[] | null;
  /** The passwords come from SEED_DEMO_PASSWORD. */
  passwordFromEnv: boolean;
}

/**
 * The one human-readable block printed when the server is ready, after every log line: where
 * it runs, which accounts exist and where their passwords are, and how to reset them.
 */
export function startBanner(b: BannerInput): string {
  const lines = [
    '',
    '  ────────────────────────────────────────────────────────────────────',
    `  Mitplanen läuft / is running:   ${b.url}`,
    `  API-Dokumentation / API docs:   ${b.url}api/docs`,
    `  Datenbank / Database:           ${b.database}`,
  ];
  if (b.accounts) {
    lines.push('', '  Demo-Zugänge / demo accounts:');
    for (const a of b.accounts) {
      lines.push(
        `    ${a.roles.join(',').padEnd(10)} ${a.email.padEnd(32)} ${a.password ?? ''}`.trimEnd(),
      );
    }
    const fresh = b.accounts.some((a) => a.password);
    lines.push(
      '',
      b.passwordFromEnv
        ? '  Passwort: der Wert von SEED_DEMO_PASSWORD / password: the value of SEED_DEMO_PASSWORD.'
        : fresh
          ? '  Die Passwörter stehen nur hier, nur dieses eine Mal – jetzt notieren.\n  The passwords are shown only here, only this once – note them now.'
          : '  Die Passwörter wurden beim ersten Start hier angezeigt / were shown here at the first start.',
    );
  }
  lines.push(
    '',
    '  Passwörter neu setzen / reset passwords:',
    '    npm run demo:passwords                        (alle Demo-Zugänge / all demo accounts)',
    '    npm run admin:create -- --email it@stadt.example   (erste Administration / first admin)',
    '  ────────────────────────────────────────────────────────────────────',
    '',
  );
  return `${lines.join('\n')}\n`;
}
