import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/decorators.js';
import type { SessionUser } from '../auth/session-user.js';
import { ApiProblemResponses } from '../common/openapi.js';
import { ParseIdPipe } from '../common/validation.js';
import { DecisionDto, DecisionResultDto, QueueDto, QueueQuery } from './dto/moderation.dto.js';
import { ModerationService } from './moderation.service.js';

@ApiTags('moderation')
@Controller('moderation')
@Roles('moderator')
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Get('queue')
  @ApiOperation({
    summary: 'Statements awaiting a decision, oldest first, with personal-data hints (moderator)',
  })
  @ApiOkResponse({ type: QueueDto })
  queue(@Query() query: QueueQuery): Promise<QueueDto> {
    return this.moderation.queue(query);
  }

  @Post('statements/:id/decisions')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Approve, reject (reason), redact or unpublish; logged append-only (moderator)',
  })
  @ApiOkResponse({ type: DecisionResultDto })
  @ApiProblemResponses(400, 404, 409)
  decide(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: DecisionDto,
  ): Promise<DecisionResultDto> {
    return this.moderation.decide(user, id, dto);
  }
}
