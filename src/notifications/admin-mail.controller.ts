import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/decorators.js';
import { ApiProblemResponses } from '../common/openapi.js';
import { ParseIdPipe } from '../common/validation.js';
import { ListOutboxMessagesQuery } from './dto/list-outbox-messages.query.js';
import { OutboxMessageDto, OutboxMessageListDto } from './dto/outbox-message.dto.js';
import { NotificationsService } from './notifications.service.js';

/** The outbox as admins see it: what was mailed to whom, and what is stuck. */
@ApiTags('admin')
@Controller('admin/mail')
export class AdminMailController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Outgoing mails, newest first (admin)' })
  @ApiOkResponse({ type: OutboxMessageListDto })
  @ApiProblemResponses(400)
  list(@Query() query: ListOutboxMessagesQuery): Promise<OutboxMessageListDto> {
    return this.notifications.list(query);
  }

  @Get(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'One outgoing mail with its bodies (admin)' })
  @ApiOkResponse({ type: OutboxMessageDto })
  @ApiProblemResponses(400, 404)
  get(@Param('id', ParseIdPipe) id: string): Promise<OutboxMessageDto> {
    return this.notifications.get(id);
  }
}
