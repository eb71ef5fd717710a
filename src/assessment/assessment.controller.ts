import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { requestOrigin } from '../common/request-origin.js';
import { CurrentUser, Public, Roles } from '../common/decorators.js';
import type { SessionUser } from '../common/session-user.js';
import { AppError } from '../common/errors/app-error.js';
import { ApiProblemResponses } from '../common/openapi.js';
import { ParseIdPipe } from '../common/validation.js';
import { AssessmentService } from './assessment.service.js';
import { ResponseTemplatesService } from './response-templates.service.js';
import { StatementGroupsService } from './statement-groups.service.js';
import { EXPORT_KINDS, type ExportKind } from './assessment.types.js';
import {
  AssessmentDto,
  AssignDto,
  CountDto,
  DetectGroupsDto,
  ExportQuery,
  LetterQuery,
  ProgressDto,
  PublicNoticeDto,
  PublicResultListDto,
  PutAssessmentDto,
  PutGroupAssessmentDto,
  ResponseTemplateDto,
  ResponseTemplateInputDto,
  ResultLettersDto,
  ResultLettersPreviewDto,
  ResultsQuery,
  StatementGroupDto,
  StatementGroupListDto,
  TemplatesQuery,
  WorkspaceListDto,
  WorkspaceQuery,
} from './dto/assessment.dto.js';
import { ExportsService } from './exports.service.js';
import { ResultLettersService } from './result-letters.service.js';

function exportKind(value: string): ExportKind {
  if (!(EXPORT_KINDS as readonly string[]).includes(value)) {
    throw AppError.field('VALIDATION_FAILED', 'kind', 'isIn', {
      de: `Erlaubt sind: ${EXPORT_KINDS.join(', ')}.`,
      en: `Allowed values: ${EXPORT_KINDS.join(', ')}.`,
    });
  }
  return value as ExportKind;
}

/** The planning office's Abwägung: workspace, assessments, groups, templates, exports, letters. */
@ApiTags('assessment')
@Controller()
@Roles('planner')
export class AssessmentController {
  constructor(
    private readonly assessment: AssessmentService,
    private readonly statementGroups: StatementGroupsService,
    private readonly responseTemplates: ResponseTemplatesService,
    private readonly exports: ExportsService,
    private readonly letters: ResultLettersService,
  ) {}

  @Put('statements/:id/assessment')
  @ApiOperation({
    summary: 'Assess a statement: result and response; optimistic locking (planner)',
  })
  @ApiOkResponse({ type: AssessmentDto })
  @ApiProblemResponses(400, 404, 409)
  put(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: PutAssessmentDto,
  ): Promise<AssessmentDto> {
    return this.assessment.put(user, id, dto);
  }

  @Get('procedures/:id/assessment/statements')
  @ApiOperation({
    summary:
      'Every statement of a procedure (published or not, rejected, late, recorded by staff) with its assessment; filters and keyset pages (planner)',
  })
  @ApiOkResponse({ type: WorkspaceListDto })
  @ApiProblemResponses(400, 404)
  workspace(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: WorkspaceQuery,
  ): Promise<WorkspaceListDto> {
    return this.assessment.workspace(id, query);
  }

  @Get('procedures/:id/assessment/progress')
  @ApiOperation({ summary: 'Assessed of all statements, by state and result (planner)' })
  @ApiOkResponse({ type: ProgressDto })
  @ApiProblemResponses(400, 404)
  progress(@Param('id', ParseIdPipe) id: string): Promise<ProgressDto> {
    return this.assessment.progress(id);
  }

  @Post('procedures/:id/assessment/assign')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Assign statements to a planner, or unassign (planner)' })
  @ApiOkResponse({ type: CountDto })
  @ApiProblemResponses(400, 404, 422)
  assign(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: AssignDto,
  ): Promise<CountDto> {
    return this.assessment.assign(user, id, dto);
  }

  @Post('procedures/:id/assessment/groups')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Find near-identical statements (pg_trgm similarity) and group them anew (planner)',
  })
  @ApiOkResponse({ type: StatementGroupListDto })
  @ApiProblemResponses(400, 404)
  detectGroups(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: DetectGroupsDto,
  ): Promise<StatementGroupListDto> {
    return this.statementGroups.detect(id, dto);
  }

  @Get('procedures/:id/assessment/groups')
  @ApiOperation({ summary: 'Groups of near-identical statements, largest first (planner)' })
  @ApiOkResponse({ type: StatementGroupListDto })
  @ApiProblemResponses(400, 404)
  groups(@Param('id', ParseIdPipe) id: string): Promise<StatementGroupListDto> {
    return this.statementGroups.list(id);
  }

  @Put('assessment/groups/:id/assessment')
  @ApiOperation({ summary: 'One result and response for every statement of a group (planner)' })
  @ApiOkResponse({ type: CountDto })
  @ApiProblemResponses(400, 404)
  putGroup(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: PutGroupAssessmentDto,
  ): Promise<CountDto> {
    return this.statementGroups.put(user, id, dto);
  }

  @Put('assessment/groups/:id/public-notice')
  @ApiOperation({
    summary: 'A public notice instead of letters for a group of more than 50 (planner)',
  })
  @ApiOkResponse({ type: StatementGroupDto })
  @ApiProblemResponses(400, 404, 422)
  publicNotice(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: PublicNoticeDto,
  ): Promise<StatementGroupDto> {
    return this.statementGroups.setPublicNotice(user, id, dto.publicNotice);
  }

  @Get('procedures/:id/assessment/templates')
  @ApiOperation({ summary: 'Response templates, for a topic and general ones (planner)' })
  @ApiOkResponse({ type: [ResponseTemplateDto] })
  @ApiProblemResponses(400, 404)
  templates(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: TemplatesQuery,
  ): Promise<ResponseTemplateDto[]> {
    return this.responseTemplates.list(id, query.topic);
  }

  @Post('procedures/:id/assessment/templates')
  @ApiOperation({ summary: 'Create a response template (planner)' })
  @ApiCreatedResponse({ type: ResponseTemplateDto })
  @ApiProblemResponses(400, 404)
  createTemplate(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: ResponseTemplateInputDto,
  ): Promise<ResponseTemplateDto> {
    return this.responseTemplates.create(id, dto);
  }

  @Put('assessment/templates/:id')
  @ApiOperation({ summary: 'Change a response template (planner)' })
  @ApiOkResponse({ type: ResponseTemplateDto })
  @ApiProblemResponses(400, 404)
  updateTemplate(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: ResponseTemplateInputDto,
  ): Promise<ResponseTemplateDto> {
    return this.responseTemplates.update(id, dto);
  }

  @Delete('assessment/templates/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a response template (planner)' })
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 404)
  deleteTemplate(@Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.responseTemplates.delete(id);
  }

  @Get('procedures/:id/exports/:kind')
  @ApiOperation({
    summary:
      'Abwägungstabelle as XLSX, CSV, PDF report or GeoJSON, streamed; anonymised, or named_internal (logged) (planner)',
  })
  @ApiParam({ name: 'kind', enum: EXPORT_KINDS })
  @ApiProduces(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'text/csv',
    'application/pdf',
    'application/geo+json',
  )
  @ApiOkResponse({ description: 'The file; header X-Export-Rows gives the number of statements' })
  @ApiProblemResponses(400, 404)
  export(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Param('kind') kind: string,
    @Query() query: ExportQuery,
    @Res() response: Response,
  ): Promise<void> {
    return this.exports.export(user, id, exportKind(kind), query.variant ?? 'anonymised', response);
  }

  @Get('procedures/:id/assessment/result-letters')
  @ApiOperation({
    summary: 'What sending the results would do: letters, mails, public notices (planner)',
  })
  @ApiOkResponse({ type: ResultLettersPreviewDto })
  @ApiProblemResponses(400, 404)
  previewResults(@Param('id', ParseIdPipe) id: string): Promise<ResultLettersPreviewDto> {
    return this.letters.preview(id);
  }

  @Post('procedures/:id/assessment/result-letters')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary:
      'Send the result to every named submitter of assessed statements (PDF letter + mail); groups with a public notice get none (planner)',
  })
  @ApiOkResponse({ type: ResultLettersDto })
  @ApiProblemResponses(400, 404, 409)
  sendResults(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Req() request: Request,
  ): Promise<ResultLettersDto> {
    return this.letters.send(user, id, requestOrigin(request));
  }
}

/** What the public and the submitters see of the results: no personal data. */
@ApiTags('assessment')
@Controller()
export class ResultsController {
  constructor(private readonly letters: ResultLettersService) {}

  @Get('procedures/:id/results')
  @Public()
  @ApiOperation({ summary: 'Communicated results and responses, without personal data (public)' })
  @ApiOkResponse({ type: PublicResultListDto })
  @ApiProblemResponses(400, 404)
  results(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: ResultsQuery,
  ): Promise<PublicResultListDto> {
    return this.letters.publicResults(id, query);
  }

  @Get('result-letters/:id')
  @Public()
  @ApiOperation({ summary: 'A result letter as PDF (private link from the mail)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF' })
  @ApiProblemResponses(400, 404)
  async letter(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: LetterQuery,
  ): Promise<StreamableFile> {
    const { pdf, reference } = await this.letters.letterPdf(id, query.token);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `inline; filename="Ergebnis-${reference.replace(/[^A-Za-z0-9-]/g, '_')}.pdf"`,
      length: pdf.length,
    });
  }
}
