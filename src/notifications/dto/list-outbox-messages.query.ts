import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { OffsetPageQuery } from '../../common/page-query.js';
import { OUTBOX_STATUSES, type OutboxStatus } from '../notification.types.js';

export class ListOutboxMessagesQuery extends OffsetPageQuery() {
  @ApiPropertyOptional({ enum: OUTBOX_STATUSES, description: 'Only messages in this state' })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES)
  status?: OutboxStatus;
}
