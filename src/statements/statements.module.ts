import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { memoryStorage } from 'multer';
import { AuthModule } from '../auth/auth.module.js';
import { AppConfig } from '../config/app-config.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ProceduresModule } from '../procedures/procedures.module.js';
import { StorageModule } from '../storage/storage.module.js';
import { IdempotencyKey } from './entities/idempotency-key.entity.js';
import { StatementAttachment } from './entities/statement-attachment.entity.js';
import { StatementCounter } from './entities/statement-counter.entity.js';
import { StatementSubmitter } from './entities/statement-submitter.entity.js';
import { Statement } from './entities/statement.entity.js';
import { IntakeController } from './intake/intake.controller.js';
import { MapIndexController } from './map-index/map-index.controller.js';
import { MapIndexRepository } from './map-index/map-index.repository.js';
import { MapIndexService } from './map-index/map-index.service.js';
import { IntakeRepository } from './intake/intake.repository.js';
import { IntakeService } from './intake/intake.service.js';
import { AttachmentSweeper } from './intake/attachment-sweeper.js';
import { StatementBatcher } from './intake/statement-batcher.js';
import { PublicStatementsController } from './public/public-statements.controller.js';
import { PublicStatementsRepository } from './public/public-statements.repository.js';
import { PublicStatementsService } from './public/public-statements.service.js';
import { ReceiptsController } from './receipts/receipts.controller.js';
import { ReceiptsRepository } from './receipts/receipts.repository.js';
import { ReceiptsService } from './receipts/receipts.service.js';
import { StatementsRepository } from './statements.repository.js';
import { StatementsService } from './statements.service.js';

/**
 * Statements by job: intake (submission, group commit, numbering, idempotency), public (list,
 * map, GeoJSON) and receipts (private status, PDF). Other modules change a statement only
 * through StatementsService, in their own transaction, and hear of new ones through the
 * events on STATEMENT_EVENTS_CHANNEL (statement-events.ts).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Statement,
      StatementSubmitter,
      StatementAttachment,
      StatementCounter,
      IdempotencyKey,
    ]),
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        storage: memoryStorage(),
        defParamCharset: 'utf8',
        limits: { fileSize: config.statements.attachmentMaxBytes, files: 1, fields: 5 },
      }),
    }),
    AuthModule,
    NotificationsModule,
    ProceduresModule,
    StorageModule,
  ],
  controllers: [
    IntakeController,
    ReceiptsController,
    PublicStatementsController,
    MapIndexController,
  ],
  providers: [
    IntakeRepository,
    StatementBatcher,
    IntakeService,
    AttachmentSweeper,
    PublicStatementsRepository,
    PublicStatementsService,
    MapIndexRepository,
    MapIndexService,
    ReceiptsRepository,
    ReceiptsService,
    StatementsRepository,
    StatementsService,
  ],
  exports: [StatementsService, IntakeService],
})
export class StatementsModule {}
