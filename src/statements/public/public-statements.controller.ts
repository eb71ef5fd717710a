import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/decorators.js';
import { ApiProblemResponses } from '../../common/openapi.js';
import { ParseIdPipe } from '../../common/validation.js';
import { ListStatementsQuery, PublicStatementListDto } from '../dto/statement.dto.js';
import { PublicStatementsService } from './public-statements.service.js';

@ApiTags('statements')
@Controller()
export class PublicStatementsController {
  constructor(private readonly statements: PublicStatementsService) {}

  @Get('procedures/:id/statements')
  @Public()
  @ApiOperation({ summary: 'Published statements of a procedure, keyset-paginated (public)' })
  @ApiOkResponse({ type: PublicStatementListDto })
  @ApiProblemResponses(400, 404)
  list(
    @Param('id', ParseIdPipe) procedureId: string,
    @Query() query: ListStatementsQuery,
  ): Promise<PublicStatementListDto> {
    return this.statements.list(procedureId, query);
  }

  @Get('procedures/:id/statements.geojson')
  @Public()
  @ApiOperation({
    summary: 'Published statements as RFC 7946 GeoJSON, without personal data (public)',
  })
  @ApiProduces('application/geo+json')
  @ApiOkResponse({ description: 'FeatureCollection' })
  @ApiProblemResponses(400, 404)
  geojson(@Param('id', ParseIdPipe) procedureId: string, @Res() response: Response): Promise<void> {
    return this.statements.streamGeoJson(procedureId, response);
  }
}
