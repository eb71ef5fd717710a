import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  Req,
  Sse,
} from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/decorators.js';
import type { SessionUser } from '../common/session-user.js';
import { SessionStreamsService } from '../auth/session-streams.service.js';
import { ApiProblemResponses } from '../common/openapi.js';
import { ParseIdPipe } from '../common/validation.js';
import { RateLimited } from '../auth/rate-limit.guard.js';
import { Public } from '../common/decorators.js';
import {
  DecisionDto,
  DecisionResultDto,
  ModerationStatsDto,
  QueueDto,
  QueueQuery,
  ReportDto,
} from './dto/moderation.dto.js';
import { ModerationFeedService, type FeedMessage } from './moderation-feed.service.js';
import { ModerationService } from './moderation.service.js';

@ApiTags('moderation')
@Controller('moderation')
@Roles('moderator')
export class ModerationController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly feed: ModerationFeedService,
    private readonly streams: SessionStreamsService,
  ) {}

  @Sse('feed')
  @ApiOperation({
    summary:
      'Live feed (server-sent events): new statements, decisions, reports – from every instance (moderator)',
  })
  @ApiProblemResponses(429)
  stream(@CurrentUser() user: SessionUser, @Req() request: Request): Observable<FeedMessage> {
    return this.streams.bind(user, request, this.feed.stream());
  }

  @Get('stats')
  @ApiOperation({
    summary: 'Pending count, median time to decision, decisions by reason (moderator)',
  })
  @ApiOkResponse({ type: ModerationStatsDto })
  stats(): Promise<ModerationStatsDto> {
    return this.moderation.stats();
  }

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

/** Public reporting of a published statement. */
@ApiTags('moderation')
@Controller('statements')
export class ReportsController {
  constructor(private readonly moderation: ModerationService) {}

  @Post(':id/reports')
  @Public()
  @RateLimited({ name: 'reports', limit: 10, ttlMs: 60_000 })
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Report a published statement to the moderators (public, throttled)' })
  @ApiProblemResponses(400, 404)
  report(@Param('id', ParseIdPipe) id: string, @Body() dto: ReportDto): Promise<void> {
    return this.moderation.report(id, dto);
  }
}
