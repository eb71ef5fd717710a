import { Module } from '@nestjs/common';
import { ProceduresModule } from '../procedures/procedures.module.js';
import { SeedService } from './seed.service.js';

@Module({ imports: [ProceduresModule], providers: [SeedService] })
export class SeedModule {}
