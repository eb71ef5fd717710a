import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { AdminMailController } from './admin-mail.controller.js';
import { OutboxMessage } from './entities/outbox-message.entity.js';
import { createMailTransport, MailTransport } from './mail-transport.js';
import { MailTemplates } from './mail-templates.js';
import { MailWorkerService } from './mail-worker.service.js';
import { NotificationsService } from './notifications.service.js';
import { OutboxRepository } from './outbox.repository.js';

/**
 * Mail through an outbox: other modules call NotificationsService.enqueue() inside their own
 * transaction; MailWorkerService sends after the commit, over SMTP or into DATA_DIR/mail.
 */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessage])],
  controllers: [AdminMailController],
  providers: [
    NotificationsService,
    MailWorkerService,
    MailTemplates,
    OutboxRepository,
    { provide: MailTransport, inject: [AppConfig], useFactory: createMailTransport },
  ],
  exports: [NotificationsService, MailWorkerService, MailTemplates],
})
export class NotificationsModule {}
