import { Controller, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Endpoint } from '../../common/endpoint.js';
import { ParseIdPipe } from '../../common/validation.js';
import { MapExcerptDto, MapQuery, StatementMapDto } from '../dto/statement.dto.js';
import { MAP_CACHE_CONTROL, MapIndexService } from './map-index.service.js';

@ApiTags('statements')
@Controller()
export class MapIndexController {
  constructor(private readonly index: MapIndexService) {}

  @Endpoint('GET', 'procedures/:id/statements/map', {
    access: 'public',
    summary:
      'Published statements for the map from a clustering index: clusters with the zoom that splits them, single points with their id (public)',
    problems: [400, 404],
  })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'ETag of a copy held' })
  @ApiOkResponse({ type: StatementMapDto })
  @ApiResponse({ status: 304, description: 'The copy with this ETag is current' })
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

  @Endpoint('GET', 'procedures/:id/statements/:statementId/excerpt', {
    access: 'public',
    summary: 'The excerpt of one published statement, for a click on the map',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: MapExcerptDto })
  excerpt(
    @Param('id', ParseIdPipe) procedureId: string,
    @Param('statementId', ParseIdPipe) statementId: string,
  ): Promise<MapExcerptDto> {
    return this.index.excerpt(procedureId, statementId);
  }
}
