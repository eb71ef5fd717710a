import { Body, Controller, HttpStatus, Param, Query, Req, Sse } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/decorators.js';
import { Endpoint } from '../common/endpoint.js';
import type { SessionUser } from '../common/session-user.js';
import { SessionStreamsService } from '../auth/session-streams.service.js';
import { ApiProblemResponses } from '../common/openapi.js';
import { ParseIdPipe } from '../common/validation.js';
import { RateLimited } from '../auth/rate-limit.guard.js';
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
export class ModerationController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly feed: ModerationFeedService,
    private readonly streams: SessionStreamsService,
  ) {}

  @Sse('feed')
  @Roles('moderator')
  @ApiOperation({
    summary:
      'Live feed (server-sent events): new statements, decisions, reports – from every instance (moderator)',
  })
  @ApiProblemResponses(429)
  stream(@CurrentUser() user: SessionUser, @Req() request: Request): Observable<FeedMessage> {
    return this.streams.bind(user, request, this.feed.stream());
  }

  @Endpoint('GET', 'stats', {
    access: ['moderator'],
    summary: 'Pending count, median time to decision, decisions by reason (moderator)',
  })
  @ApiOkResponse({ type: ModerationStatsDto })
  stats(): Promise<ModerationStatsDto> {
    return this.moderation.stats();
  }

  @Endpoint('GET', 'queue', {
    access: ['moderator'],
    summary: 'Statements awaiting a decision, oldest first, with personal-data hints (moderator)',
  })
  @ApiOkResponse({ type: QueueDto })
  queue(@Query() query: QueueQuery): Promise<QueueDto> {
    return this.moderation.queue(query);
  }

  @Endpoint('POST', 'statements/:id/decisions', {
    access: ['moderator'],
    summary: 'Approve, reject (reason), redact or unpublish; logged append-only (moderator)',
    problems: [400, 404, 409],
    status: HttpStatus.OK,
  })
  @ApiOkResponse({ type: DecisionResultDto })
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

  @Endpoint('POST', ':id/reports', {
    access: 'public',
    summary: 'Report a published statement to the moderators (public, throttled)',
    problems: [400, 404],
    status: HttpStatus.ACCEPTED,
  })
  @RateLimited({ name: 'reports', limit: 10, ttlMs: 60_000 })
  report(@Param('id', ParseIdPipe) id: string, @Body() dto: ReportDto): Promise<void> {
    return this.moderation.report(id, dto);
  }
}
