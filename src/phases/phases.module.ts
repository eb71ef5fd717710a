import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { Phase } from './entities/phase.entity.js';
import { PhasesController } from './phases.controller.js';
import { PhasesRepository } from './phases.repository.js';
import { PhasesService } from './phases.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Phase]), AuditModule],
  controllers: [PhasesController],
  providers: [PhasesService, PhasesRepository],
  exports: [PhasesService],
})
export class PhasesModule {}
