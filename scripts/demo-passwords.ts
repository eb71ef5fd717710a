/**
 * Sets new passwords for the demo staff accounts and prints them once:  npm run demo:passwords
 * (SEED_DEMO_PASSWORD, when set, is used instead of generated ones). Same configuration as the
 * server; stop the server first when it runs on the embedded database.
 */
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../src/app.module.js';
import { AppConfig } from '../src/config/app-config.js';
import { DEMO_STAFF, generatePassword } from '../src/seed/seed.service.js';
import { UsersService } from '../src/users/users.service.js';

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ SEED_DEMO: 'false', LOG_LEVEL: 'warn' }),
    { logger: ['error', 'warn'] },
  );
  try {
    const users = app.get(UsersService);
    const fixed = app.get(AppConfig).seedDemoPassword;
    const lines: string[] = [];
    for (const staff of DEMO_STAFF) {
      const user = await users.findByEmail(staff.email);
      if (!user) continue;
      const password = fixed ?? generatePassword();
      user.passwordHash = await users.hashPassword(password);
      user.active = true;
      await users.save(user);
      lines.push(`  ${staff.roles.join(',').padEnd(10)} ${staff.email.padEnd(32)} ${password}`);
    }
    process.stdout.write(
      lines.length === 0
        ? 'No demo accounts in this database (create an admin: npm run admin:create -- --email …).\n'
        : `New demo passwords (shown only now / nur jetzt angezeigt):\n${lines.join('\n')}\n`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
