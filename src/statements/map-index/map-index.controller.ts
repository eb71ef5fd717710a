import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/decorators.js';
import { ApiProblemResponses } from '../../common/openapi.js';
import { ParseIdPipe } from '../../common/validation.js';
import { MapExcerptDto, MapQuery, StatementMapDto } from '../dto/statement.dto.js';
import { MAP_CACHE_CONTROL, MapIndexService } from './map-index.service.js';

@ApiTags('statements')
@Controller()
export class MapIndexController {
  constructor(private readonly index: MapIndexService) {}

  @Get('procedures/:id/statements/map')
  @Public()
  @ApiOperation({
    summary:
      'Published statements for the map from a clustering index: clusters with the zoom that splits them, single points with their id (public)',
  })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'ETag of a copy held' })
  @ApiOkResponse({ type: StatementMapDto })
  @ApiResponse({ status: 304, description: 'The copy with this ETag is current' })
  @ApiProblemResponses(400, 404)
  async map(
    @Param('id', ParseIdPipe) procedureId: string,
    @Query() query: MapQuery,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string | undefined> {
    const result = await this.index.map(procedureId, query, ifNoneMatch);
    response.setHeader('ETag', result.etag);
    response.setHeader('Cache-Control', MAP_CACHE_CONTROL);
    if (result.json === undefined) {
      response.status(304);
      return undefined;
    }
    // A StatementMapDto, serialised once per view and version (MapIndexCache).
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    return result.json;
  }

  @Get('procedures/:id/statements/:statementId/excerpt')
  @Public()
  @ApiOperation({ summary: 'The excerpt of one published statement, for a click on the map' })
  @ApiOkResponse({ type: MapExcerptDto })
  @ApiProblemResponses(400, 404)
  excerpt(
    @Param('id', ParseIdPipe) procedureId: string,
    @Param('statementId', ParseIdPipe) statementId: string,
  ): Promise<MapExcerptDto> {
    return this.index.excerpt(procedureId, statementId);
  }
}
