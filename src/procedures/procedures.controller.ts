import {
  Body,
  Controller,
  HttpStatus,
  Param,
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
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { create as contentDisposition } from 'content-disposition';
import type { Response } from 'express';
import { CurrentUser } from '../common/decorators.js';
import { Endpoint } from '../common/endpoint.js';
import type { SessionUser } from '../common/session-user.js';
import { PRIVATE_NO_STORE } from '../common/private-responses.js';
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

  @Endpoint('GET', 'procedures', {
    access: 'public',
    summary: 'Published procedures, filtered (public)',
    problems: [400],
  })
  @ApiOkResponse({ type: ProcedureListDto })
  list(@Query() query: ListProceduresQuery): Promise<ProcedureListDto> {
    return this.service.listPublic(query);
  }

  @Endpoint('GET', 'procedures/:id', {
    access: 'public',
    summary: 'One published procedure with phases, notice and documents (public)',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: ProcedureDto })
  get(@Param('id', ParseIdPipe) id: string): Promise<ProcedureDto> {
    return this.service.getPublic(id);
  }

  @Endpoint('GET', 'planning/procedures', {
    access: ['planner'],
    summary: 'All procedures, drafts included (planner)',
    problems: [400],
  })
  @ApiOkResponse({ type: ProcedureListDto })
  listForPlanning(@Query() query: PlanningProceduresQuery): Promise<ProcedureListDto> {
    return this.service.listForPlanning(query);
  }

  @Endpoint('GET', 'planning/procedures/:id', {
    access: ['planner'],
    summary: 'One procedure, drafts included (planner)',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: ProcedureDto })
  getForPlanning(@Param('id', ParseIdPipe) id: string): Promise<ProcedureDto> {
    return this.service.getForPlanning(id);
  }

  @Endpoint('POST', 'procedures', {
    access: ['planner'],
    summary: 'Create a draft procedure (planner)',
    problems: [400, 409, 422],
  })
  @ApiCreatedResponse({ type: ProcedureDto })
  create(@CurrentUser() user: SessionUser, @Body() dto: CreateProcedureDto): Promise<ProcedureDto> {
    return this.service.createForPlanner(user, dto);
  }

  @Endpoint('PATCH', 'procedures/:id', {
    access: ['planner'],
    summary: 'Edit a procedure, publish or archive it (planner)',
    problems: [400, 404, 409, 422],
  })
  @ApiOkResponse({ type: ProcedureDto })
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateProcedureDto,
  ): Promise<ProcedureDto> {
    return this.service.update(user, id, dto);
  }

  @Endpoint('POST', 'procedures/import/xplanung', {
    access: ['planner'],
    summary: 'Read an XPlanGML file into a draft proposal; nothing is saved (planner)',
    problems: [400, 413, 422],
    status: HttpStatus.OK,
  })
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiOkResponse({ type: XPlanungProposalDto })
  importXPlanung(@UploadedFile() file: StoredUpload | undefined): XPlanungProposalDto {
    return proposeFromXPlanGml(file);
  }

  @Endpoint('POST', 'procedures/:id/documents', {
    access: ['planner'],
    summary: 'Upload a document: PDF, PNG or JPEG, type checked from its bytes (planner)',
    problems: [400, 404, 413, 422],
  })
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
  @ApiCreatedResponse({ type: DocumentDto })
  upload(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UploadDocumentDto,
    @UploadedFile() file: StoredUpload | undefined,
  ): Promise<DocumentDto> {
    return this.documents.upload(user, id, dto, file);
  }

  @Endpoint('GET', 'documents/:id', {
    access: 'public',
    summary: 'Download a document of a public procedure (public; planners: all)',
    problems: [400, 404],
  })
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  @ApiOkResponse({ description: 'The file' })
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

  @Endpoint('DELETE', 'documents/:id', {
    access: ['planner'],
    summary: 'Remove a document (planner; logged)',
    problems: [400, 404],
    status: HttpStatus.NO_CONTENT,
  })
  removeDocument(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<void> {
    return this.documents.remove(user, id);
  }
}
