import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ModerationDecision } from './entities/moderation-decision.entity.js';
import { ModerationController, ReportsController } from './moderation.controller.js';
import { ModerationFeedService } from './moderation-feed.service.js';
import { StatementReport } from './entities/statement-report.entity.js';
import { AuthModule } from '../auth/auth.module.js';
import { ModerationRepository } from './moderation.repository.js';
import { ModerationService } from './moderation.service.js';
import { StatementsModule } from '../statements/statements.module.js';
import { PersonalDataHints } from './entities/personal-data-hints.entity.js';
import { PersonalDataHintsRepository } from './personal-data-hints.repository.js';
import { PersonalDataHintsWorker } from './personal-data-hints.worker.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([ModerationDecision, StatementReport, PersonalDataHints]),
    NotificationsModule,
    AuthModule,
    StatementsModule,
  ],
  controllers: [ModerationController, ReportsController],
  providers: [
    ModerationRepository,
    ModerationService,
    ModerationFeedService,
    PersonalDataHintsWorker,
    PersonalDataHintsRepository,
  ],
  exports: [ModerationFeedService, ModerationService],
})
export class ModerationModule {}
