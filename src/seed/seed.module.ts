import { Module } from '@nestjs/common';
import { ProceduresModule } from '../procedures/procedures.module.js';
import { UsersModule } from '../users/users.module.js';
import { SeedService } from './seed.service.js';

@Module({ imports: [ProceduresModule, UsersModule], providers: [SeedService] })
export class SeedModule {}
