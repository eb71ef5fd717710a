import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ModerationDecision } from './entities/moderation-decision.entity.js';
import { ModerationController } from './moderation.controller.js';
import { ModerationService } from './moderation.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ModerationDecision]), NotificationsModule],
  controllers: [ModerationController],
  providers: [ModerationService],
})
export class ModerationModule {}
