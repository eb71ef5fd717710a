import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { create as contentDisposition } from 'content-disposition';
import type { Response } from 'express';
import { PRIVATE_NO_STORE } from '../common/private-responses.js';
import { CurrentUser, Public, Roles } from '../auth/decorators.js';
import type { SessionUser } from '../auth/session-user.js';
import { ApiProblemResponses } from '../common/openapi.js';
import { ParseIdPipe } from '../common/validation.js';
import { DocumentsService, type UploadedFile as StoredUpload } from './documents.service.js';
import { DocumentDto, UploadDocumentDto } from './dto/document.dto.js';
import { CreateProcedureDto, UpdateProcedureDto } from './dto/edit-procedure.dto.js';
import { ProcedureDto, ProcedureListDto } from './dto/procedure.dto.js';
import { ListProceduresQuery, PlanningProceduresQuery } from './dto/list-procedures.query.js';
import { DOCUMENT_KINDS } from './procedure.types.js';
import { ProceduresService } from './procedures.service.js';
import { proposeFromXPlanGml, XPlanungProposalDto } from './xplanung-import.js';

@ApiTags('procedures')
@Controller()
export class ProceduresController {
  constructor(
    private readonly service: ProceduresService,
    private readonly documents: DocumentsService,
  ) {}

  @Get('procedures')
  @Public()
  @ApiOperation({ summary: 'Published procedures, filtered (public)' })
  @ApiOkResponse({ type: ProcedureListDto })
  @ApiProblemResponses(400)
  list(@Query() query: ListProceduresQuery): Promise<ProcedureListDto> {
    return this.service.listPublic(query);
  }

  @Get('procedures/:id')
  @Public()
  @ApiOperation({ summary: 'One published procedure with phases, notice and documents (public)' })
  @ApiOkResponse({ type: ProcedureDto })
  @ApiProblemResponses(400, 404)
  get(@Param('id', ParseIdPipe) id: string): Promise<ProcedureDto> {
    return this.service.getPublic(id);
  }

  @Get('planning/procedures')
  @Roles('planner')
  @ApiOperation({ summary: 'All procedures, drafts included (planner)' })
  @ApiOkResponse({ type: ProcedureListDto })
  @ApiProblemResponses(400)
  listForPlanning(@Query() query: PlanningProceduresQuery): Promise<ProcedureListDto> {
    return this.service.listForPlanning(query);
  }

  @Get('planning/procedures/:id')
  @Roles('planner')
  @ApiOperation({ summary: 'One procedure, drafts included (planner)' })
  @ApiOkResponse({ type: ProcedureDto })
  @ApiProblemResponses(400, 404)
  getForPlanning(@Param('id', ParseIdPipe) id: string): Promise<ProcedureDto> {
    return this.service.getForPlanning(id);
  }

  @Post('procedures')
  @Roles('planner')
  @ApiOperation({ summary: 'Create a draft procedure (planner)' })
  @ApiCreatedResponse({ type: ProcedureDto })
  @ApiProblemResponses(400, 409, 422)
  create(@CurrentUser() user: SessionUser, @Body() dto: CreateProcedureDto): Promise<ProcedureDto> {
    return this.service.createForPlanner(user, dto);
  }

  @Patch('procedures/:id')
  @Roles('planner')
  @ApiOperation({ summary: 'Edit a procedure, publish or archive it (planner)' })
  @ApiOkResponse({ type: ProcedureDto })
  @ApiProblemResponses(400, 404, 409, 422)
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateProcedureDto,
  ): Promise<ProcedureDto> {
    return this.service.update(user, id, dto);
  }

  @Post('procedures/import/xplanung')
  @Roles('planner')
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiOperation({
    summary: 'Read an XPlanGML file into a draft proposal; nothing is saved (planner)',
  })
  @ApiOkResponse({ type: XPlanungProposalDto })
  @ApiProblemResponses(400, 413, 422)
  importXPlanung(@UploadedFile() file: StoredUpload | undefined): XPlanungProposalDto {
    return proposeFromXPlanGml(file);
  }

  @Post('procedures/:id/documents')
  @Roles('planner')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['title', 'kind', 'file'],
      properties: {
        title: { type: 'string', maxLength: 300 },
        kind: { type: 'string', enum: [...DOCUMENT_KINDS] },
        file: { type: 'string', format: 'binary', description: 'PDF, PNG or JPEG' },
      },
    },
  })
  @ApiOperation({
    summary: 'Upload a document: PDF, PNG or JPEG, type checked from its bytes (planner)',
  })
  @ApiCreatedResponse({ type: DocumentDto })
  @ApiProblemResponses(400, 404, 413, 422)
  upload(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UploadDocumentDto,
    @UploadedFile() file: StoredUpload | undefined,
  ): Promise<DocumentDto> {
    return this.documents.upload(user, id, dto, file);
  }

  @Get('documents/:id')
  @Public()
  @ApiOperation({ summary: 'Download a document of a public procedure (public; planners: all)' })
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  @ApiOkResponse({ description: 'The file' })
  @ApiProblemResponses(400, 404)
  async download(
    @CurrentUser() user: SessionUser | undefined,
    @Param('id', ParseIdPipe) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { document, stream, size, isPublic } = await this.documents.open(id, user);
    response.setHeader(
      'Content-Disposition',
      contentDisposition(document.filename, { type: 'inline' }),
    );
    // A draft's document is for planners only: no shared cache may keep it.
    response.setHeader('Cache-Control', isPublic ? 'public, max-age=300' : PRIVATE_NO_STORE);
    response.setHeader('ETag', `"${document.sha256}"`);
    return new StreamableFile(stream, { type: document.mediaType, length: size });
  }

  @Delete('documents/:id')
  @Roles('planner')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a document (planner; logged)' })
  @ApiProblemResponses(400, 404)
  removeDocument(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<void> {
    return this.documents.remove(user, id);
  }
}
