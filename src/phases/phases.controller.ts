import { Body, Controller, HttpStatus, Param, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../common/decorators.js';
import { Endpoint } from '../common/endpoint.js';
import type { SessionUser } from '../common/session-user.js';
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

  @Endpoint('GET', 'phases/deadline', {
    access: 'public',
    summary: 'Legal minimum and proposed last day for a phase kind and start (public)',
    problems: [400],
  })
  @ApiOkResponse({ type: DeadlineProposalDto })
  deadline(@Query() query: DeadlineQuery): DeadlineProposalDto {
    return this.phases.proposeDeadline(query.kind, query.startDate);
  }

  @Endpoint('GET', 'procedures/:id/phases', {
    access: ['planner'],
    summary: 'All phases of a procedure, drafts included (planner)',
  })
  @ApiOkResponse({ type: [PhaseDto] })
  list(@Param('id', ParseIdPipe) id: string): Promise<PhaseDto[]> {
    return this.phases.listForProcedure(id);
  }

  @Endpoint('POST', 'procedures/:id/phases', {
    access: ['planner'],
    summary: 'Schedule a consultation phase (planner)',
    problems: [400, 404, 422],
  })
  @ApiCreatedResponse({ type: PhaseDto })
  create(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreatePhaseDto,
  ): Promise<PhaseDto> {
    return this.phases.create(user, id, dto);
  }

  @Endpoint('PATCH', 'phases/:id', {
    access: ['planner'],
    summary: 'Change a phase; its period only before it opens (planner)',
    problems: [400, 404, 409, 422],
  })
  @ApiOkResponse({ type: PhaseDto })
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdatePhaseDto,
  ): Promise<PhaseDto> {
    return this.phases.update(user, id, dto);
  }

  @Endpoint('POST', 'phases/:id/open', {
    access: ['planner'],
    summary: 'Open an upcoming phase now (planner; logged)',
    problems: [404, 409, 422],
    status: HttpStatus.OK,
  })
  @ApiOkResponse({ type: PhaseDto })
  open(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: OptionalReasonDto,
  ): Promise<PhaseDto> {
    return this.phases.open(user, id, dto.reason);
  }

  @Endpoint('POST', 'phases/:id/extend', {
    access: ['planner'],
    summary: 'Extend a phase; the reason is shown publicly (planner; logged)',
    problems: [400, 404, 409, 422],
    status: HttpStatus.OK,
  })
  @ApiOkResponse({ type: PhaseDto })
  extend(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: ExtendPhaseDto,
  ): Promise<PhaseDto> {
    return this.phases.extend(user, id, dto);
  }

  @Endpoint('POST', 'phases/:id/close', {
    access: ['planner'],
    summary: 'Close an open phase now; the reason is shown publicly (planner; logged)',
    problems: [400, 404, 409],
    status: HttpStatus.OK,
  })
  @ApiOkResponse({ type: PhaseDto })
  close(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: ReasonDto,
  ): Promise<PhaseDto> {
    return this.phases.close(user, id, dto.reason);
  }
}
