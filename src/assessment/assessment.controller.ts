import {
  Body,
  Controller,
  HttpStatus,
  Param,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { requestOrigin } from '../common/request-origin.js';
import { CurrentUser } from '../common/decorators.js';
import { Endpoint } from '../common/endpoint.js';
import type { SessionUser } from '../common/session-user.js';
import { AppError } from '../common/errors/app-error.js';
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
export class AssessmentController {
  constructor(
    private readonly assessment: AssessmentService,
    private readonly statementGroups: StatementGroupsService,
    private readonly responseTemplates: ResponseTemplatesService,
    private readonly exports: ExportsService,
    private readonly letters: ResultLettersService,
  ) {}

  @Endpoint('PUT', 'statements/:id/assessment', {
    access: ['planner'],
    summary: 'Assess a statement: result and response; optimistic locking (planner)',
    problems: [400, 404, 409],
  })
  @ApiOkResponse({ type: AssessmentDto })
  put(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: PutAssessmentDto,
  ): Promise<AssessmentDto> {
    return this.assessment.put(user, id, dto);
  }

  @Endpoint('GET', 'procedures/:id/assessment/statements', {
    access: ['planner'],
    summary:
      'Every statement of a procedure (published or not, rejected, late, recorded by staff) with its assessment; filters and keyset pages (planner)',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: WorkspaceListDto })
  workspace(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: WorkspaceQuery,
  ): Promise<WorkspaceListDto> {
    return this.assessment.workspace(id, query);
  }

  @Endpoint('GET', 'procedures/:id/assessment/progress', {
    access: ['planner'],
    summary: 'Assessed of all statements, by state and result (planner)',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: ProgressDto })
  progress(@Param('id', ParseIdPipe) id: string): Promise<ProgressDto> {
    return this.assessment.progress(id);
  }

  @Endpoint('POST', 'procedures/:id/assessment/assign', {
    access: ['planner'],
    summary: 'Assign statements to a planner, or unassign (planner)',
    problems: [400, 404, 422],
    status: HttpStatus.OK,
  })
  @ApiOkResponse({ type: CountDto })
  assign(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: AssignDto,
  ): Promise<CountDto> {
    return this.assessment.assign(user, id, dto);
  }

  @Endpoint('POST', 'procedures/:id/assessment/groups', {
    access: ['planner'],
    summary: 'Find near-identical statements (pg_trgm similarity) and group them anew (planner)',
    problems: [400, 404],
    status: HttpStatus.OK,
  })
  @ApiOkResponse({ type: StatementGroupListDto })
  detectGroups(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: DetectGroupsDto,
  ): Promise<StatementGroupListDto> {
    return this.statementGroups.detect(id, dto);
  }

  @Endpoint('GET', 'procedures/:id/assessment/groups', {
    access: ['planner'],
    summary: 'Groups of near-identical statements, largest first (planner)',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: StatementGroupListDto })
  groups(@Param('id', ParseIdPipe) id: string): Promise<StatementGroupListDto> {
    return this.statementGroups.list(id);
  }

  @Endpoint('PUT', 'assessment/groups/:id/assessment', {
    access: ['planner'],
    summary: 'One result and response for every statement of a group (planner)',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: CountDto })
  putGroup(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: PutGroupAssessmentDto,
  ): Promise<CountDto> {
    return this.statementGroups.put(user, id, dto);
  }

  @Endpoint('PUT', 'assessment/groups/:id/public-notice', {
    access: ['planner'],
    summary: 'A public notice instead of letters for a group of more than 50 (planner)',
    problems: [400, 404, 422],
  })
  @ApiOkResponse({ type: StatementGroupDto })
  publicNotice(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: PublicNoticeDto,
  ): Promise<StatementGroupDto> {
    return this.statementGroups.setPublicNotice(user, id, dto.publicNotice);
  }

  @Endpoint('GET', 'procedures/:id/assessment/templates', {
    access: ['planner'],
    summary: 'Response templates, for a topic and general ones (planner)',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: [ResponseTemplateDto] })
  templates(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: TemplatesQuery,
  ): Promise<ResponseTemplateDto[]> {
    return this.responseTemplates.list(id, query.topic);
  }

  @Endpoint('POST', 'procedures/:id/assessment/templates', {
    access: ['planner'],
    summary: 'Create a response template (planner)',
    problems: [400, 404],
  })
  @ApiCreatedResponse({ type: ResponseTemplateDto })
  createTemplate(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: ResponseTemplateInputDto,
  ): Promise<ResponseTemplateDto> {
    return this.responseTemplates.create(id, dto);
  }

  @Endpoint('PUT', 'assessment/templates/:id', {
    access: ['planner'],
    summary: 'Change a response template (planner)',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: ResponseTemplateDto })
  updateTemplate(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: ResponseTemplateInputDto,
  ): Promise<ResponseTemplateDto> {
    return this.responseTemplates.update(id, dto);
  }

  @Endpoint('DELETE', 'assessment/templates/:id', {
    access: ['planner'],
    summary: 'Delete a response template (planner)',
    problems: [400, 404],
    status: HttpStatus.NO_CONTENT,
  })
  @ApiNoContentResponse()
  deleteTemplate(@Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.responseTemplates.delete(id);
  }

  @Endpoint('GET', 'procedures/:id/exports/:kind', {
    access: ['planner'],
    summary:
      'Abwägungstabelle as XLSX, CSV, PDF report or GeoJSON, streamed; anonymised, or named_internal (logged) (planner)',
    problems: [400, 404],
  })
  @ApiParam({ name: 'kind', enum: EXPORT_KINDS })
  @ApiProduces(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'text/csv',
    'application/pdf',
    'application/geo+json',
  )
  @ApiOkResponse({ description: 'The file; header X-Export-Rows gives the number of statements' })
  export(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Param('kind') kind: string,
    @Query() query: ExportQuery,
    @Res() response: Response,
  ): Promise<void> {
    return this.exports.export(user, id, exportKind(kind), query.variant ?? 'anonymised', response);
  }

  @Endpoint('GET', 'procedures/:id/assessment/result-letters', {
    access: ['planner'],
    summary: 'What sending the results would do: letters, mails, public notices (planner)',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: ResultLettersPreviewDto })
  previewResults(@Param('id', ParseIdPipe) id: string): Promise<ResultLettersPreviewDto> {
    return this.letters.preview(id);
  }

  @Endpoint('POST', 'procedures/:id/assessment/result-letters', {
    access: ['planner'],
    summary:
      'Send the result to every named submitter of assessed statements (PDF letter + mail); groups with a public notice get none (planner)',
    problems: [400, 404, 409],
    status: HttpStatus.OK,
  })
  @ApiOkResponse({ type: ResultLettersDto })
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

  @Endpoint('GET', 'procedures/:id/results', {
    access: 'public',
    summary: 'Communicated results and responses, without personal data (public)',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: PublicResultListDto })
  results(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: ResultsQuery,
  ): Promise<PublicResultListDto> {
    return this.letters.publicResults(id, query);
  }

  @Endpoint('GET', 'result-letters/:id', {
    access: 'public',
    summary: 'A result letter as PDF (private link from the mail)',
    problems: [400, 404],
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF' })
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
