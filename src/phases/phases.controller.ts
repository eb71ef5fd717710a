import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '../common/decorators.js';
import type { SessionUser } from '../common/session-user.js';
import { ApiProblemResponses } from '../common/openapi.js';
import { ParseIdPipe } from '../common/validation.js';
import {
  CreatePhaseDto,
  DeadlineProposalDto,
  DeadlineQuery,
  ExtendPhaseDto,
  OptionalReasonDto,
  PhaseDto,
  ReasonDto,
  UpdatePhaseDto,
} from './dto/phase.dto.js';
import { PhasesService } from './phases.service.js';

@ApiTags('phases')
@Controller()
export class PhasesController {
  constructor(private readonly phases: PhasesService) {}

  @Get('phases/deadline')
  @Public()
  @ApiOperation({
    summary: 'Legal minimum and proposed last day for a phase kind and start (public)',
  })
  @ApiOkResponse({ type: DeadlineProposalDto })
  @ApiProblemResponses(400)
  deadline(@Query() query: DeadlineQuery): DeadlineProposalDto {
    return this.phases.proposeDeadline(query.kind, query.startDate);
  }

  @Get('procedures/:id/phases')
  @Roles('planner')
  @ApiOperation({ summary: 'All phases of a procedure, drafts included (planner)' })
  @ApiOkResponse({ type: [PhaseDto] })
  list(@Param('id', ParseIdPipe) id: string): Promise<PhaseDto[]> {
    return this.phases.listForProcedure(id);
  }

  @Post('procedures/:id/phases')
  @Roles('planner')
  @ApiOperation({ summary: 'Schedule a consultation phase (planner)' })
  @ApiCreatedResponse({ type: PhaseDto })
  @ApiProblemResponses(400, 404, 422)
  create(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreatePhaseDto,
  ): Promise<PhaseDto> {
    return this.phases.create(user, id, dto);
  }

  @Patch('phases/:id')
  @Roles('planner')
  @ApiOperation({ summary: 'Change a phase; its period only before it opens (planner)' })
  @ApiOkResponse({ type: PhaseDto })
  @ApiProblemResponses(400, 404, 409, 422)
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdatePhaseDto,
  ): Promise<PhaseDto> {
    return this.phases.update(user, id, dto);
  }

  @Post('phases/:id/open')
  @Roles('planner')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Open an upcoming phase now (planner; logged)' })
  @ApiOkResponse({ type: PhaseDto })
  @ApiProblemResponses(404, 409, 422)
  open(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: OptionalReasonDto,
  ): Promise<PhaseDto> {
    return this.phases.open(user, id, dto.reason);
  }

  @Post('phases/:id/extend')
  @Roles('planner')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Extend a phase; the reason is shown publicly (planner; logged)' })
  @ApiOkResponse({ type: PhaseDto })
  @ApiProblemResponses(400, 404, 409, 422)
  extend(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: ExtendPhaseDto,
  ): Promise<PhaseDto> {
    return this.phases.extend(user, id, dto);
  }

  @Post('phases/:id/close')
  @Roles('planner')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Close an open phase now; the reason is shown publicly (planner; logged)',
  })
  @ApiOkResponse({ type: PhaseDto })
  @ApiProblemResponses(400, 404, 409)
  close(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: ReasonDto,
  ): Promise<PhaseDto> {
    return this.phases.close(user, id, dto.reason);
  }
}
