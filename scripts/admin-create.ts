/**
 * Creates the first administrator (or gives an existing account the admin role) and prints a
 * generated password once:  npm run admin:create -- --email it@stadt.example [--name "…"]
 * Uses the same configuration as the server (DATABASE_URL or the embedded database in
 * DATA_DIR; stop the server first when it runs on the embedded database).
 */
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module.js';
import { generatePassword } from '../src/seed/seed.service.js';
import { UsersService } from '../src/users/users.service.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string', default: 'Administration' } },
  });
  if (!values.email || !/^[^@\s]+@[^@\s]+$/.test(values.email)) {
    throw new Error('usage: npm run admin:create -- --email someone@example.org [--name "Name"]');
  }
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ SEED_DEMO: 'false', LOG_LEVEL: 'warn' }),
    {
      logger: ['error', 'warn'],
    },
  );
  try {
    const users = app.get(UsersService);
    const existing = await users.findByEmail(values.email);
    if (existing) {
      existing.roles = [...new Set([...existing.roles, 'admin' as const])];
      existing.active = true;
      await users.save(existing);
      process.stdout.write(`${existing.email} now holds the admin role (password unchanged).\n`);
      return;
    }
    const password = generatePassword();
    await users.create(app.get(DataSource).manager, {
      email: values.email,
      displayName: values.name,
      password,
      roles: ['admin'],
      verified: true,
    });
    process.stdout.write(
      `Created admin ${values.email.toLowerCase()}\nPassword (shown only now): ${password}\n`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
