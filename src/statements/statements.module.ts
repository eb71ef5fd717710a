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
import { StatementsController } from './statements.controller.js';
import { StatementsService } from './statements.service.js';

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
  controllers: [StatementsController],
  providers: [StatementsService],
  exports: [StatementsService],
})
export class StatementsModule {}
