import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { memoryStorage } from 'multer';
import { AuditModule } from '../audit/audit.module.js';
import { AppConfig } from '../config/app-config.js';
import { PhasesModule } from '../phases/phases.module.js';
import { StorageModule } from '../storage/storage.module.js';
import { DocumentsService } from './documents.service.js';
import { ProcedureDocument } from './entities/procedure-document.entity.js';
import { Procedure } from './entities/procedure.entity.js';
import { ProceduresController } from './procedures.controller.js';
import { ProceduresRepository } from './procedures.repository.js';
import { ProceduresService } from './procedures.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Procedure, ProcedureDocument]),
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        storage: memoryStorage(),
        // Browsers send UTF-8 file names ("Begründung.pdf"); busboy's default would read them as Latin-1.
        defParamCharset: 'utf8',
        limits: { fileSize: config.documentMaxBytes, files: 1, fields: 10 },
      }),
    }),
    AuditModule,
    PhasesModule,
    StorageModule,
  ],
  controllers: [ProceduresController],
  providers: [ProceduresService, DocumentsService, ProceduresRepository],
  exports: [ProceduresService, DocumentsService],
})
export class ProceduresModule {}
