import { Public } from '../auth/decorators.js';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../common/openapi.js';
import { ParseIdPipe } from '../common/validation.js';
import { ProcedureDto, ProcedureListDto } from './dto/procedure.dto.js';
import { ListProceduresQuery } from './dto/list-procedures.query.js';
import { ProceduresService } from './procedures.service.js';

@ApiTags('procedures')
@Public()
@Controller('procedures')
export class ProceduresController {
  constructor(private readonly service: ProceduresService) {}

  @Get()
  @ApiOperation({ summary: 'Published procedures, filtered (public)' })
  @ApiOkResponse({ type: ProcedureListDto })
  @ApiProblemResponses(400)
  list(@Query() query: ListProceduresQuery): Promise<ProcedureListDto> {
    return this.service.listPublic(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One published procedure (public)' })
  @ApiOkResponse({ type: ProcedureDto })
  @ApiProblemResponses(400, 404)
  get(@Param('id', ParseIdPipe) id: string): Promise<ProcedureDto> {
    return this.service.getPublic(id);
  }
}
