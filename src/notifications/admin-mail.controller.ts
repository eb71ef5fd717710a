import { Controller, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Endpoint } from '../common/endpoint.js';
import { ParseIdPipe } from '../common/validation.js';
import { ListOutboxMessagesQuery } from './dto/list-outbox-messages.query.js';
import { OutboxMessageDto, OutboxMessageListDto } from './dto/outbox-message.dto.js';
import { NotificationsService } from './notifications.service.js';

/** The outbox as admins see it: what was mailed to whom, and what is stuck. */
@ApiTags('admin')
@Controller('admin/mail')
export class AdminMailController {
  constructor(private readonly notifications: NotificationsService) {}

  @Endpoint('GET', undefined, {
    access: ['admin'],
    summary: 'Outgoing mails, newest first (admin)',
    problems: [400],
  })
  @ApiOkResponse({ type: OutboxMessageListDto })
  list(@Query() query: ListOutboxMessagesQuery): Promise<OutboxMessageListDto> {
    return this.notifications.list(query);
  }

  @Endpoint('GET', ':id', {
    access: ['admin'],
    summary: 'One outgoing mail with its bodies (admin)',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: OutboxMessageDto })
  get(@Param('id', ParseIdPipe) id: string): Promise<OutboxMessageDto> {
    return this.notifications.get(id);
  }
}
