import { Module } from '@nestjs/common';
import { PhasesModule } from '../phases/phases.module.js';
import { ProceduresModule } from '../procedures/procedures.module.js';
import { UsersModule } from '../users/users.module.js';
import { SeedService } from './seed.service.js';

@Module({ imports: [ProceduresModule, PhasesModule, UsersModule], providers: [SeedService] })
export class SeedModule {}
