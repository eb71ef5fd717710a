import { Controller, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Endpoint } from '../../common/endpoint.js';
import { ParseIdPipe } from '../../common/validation.js';
import { ListStatementsQuery, PublicStatementListDto } from '../dto/statement.dto.js';
import { PublicStatementsService } from './public-statements.service.js';

@ApiTags('statements')
@Controller()
export class PublicStatementsController {
  constructor(private readonly statements: PublicStatementsService) {}

  @Endpoint('GET', 'procedures/:id/statements', {
    access: 'public',
    summary: 'Published statements of a procedure, keyset-paginated (public)',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: PublicStatementListDto })
  list(
    @Param('id', ParseIdPipe) procedureId: string,
    @Query() query: ListStatementsQuery,
  ): Promise<PublicStatementListDto> {
    return this.statements.list(procedureId, query);
  }

  @Endpoint('GET', 'procedures/:id/statements.geojson', {
    access: 'public',
    summary: 'Published statements as RFC 7946 GeoJSON, without personal data (public)',
    problems: [400, 404],
  })
  @ApiProduces('application/geo+json')
  @ApiOkResponse({ description: 'FeatureCollection' })
  geojson(@Param('id', ParseIdPipe) procedureId: string, @Res() response: Response): Promise<void> {
    return this.statements.streamGeoJson(procedureId, response);
  }
}
