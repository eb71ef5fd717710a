import {
  Body,
  Controller,
  Get,
  Headers,
  Param,
  Post,
  Query,
  Req,
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
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { requestOrigin } from '../auth/auth.controller.js';
import { CurrentUser, Public, Roles } from '../auth/decorators.js';
import { RateLimited, type RateLimit } from '../auth/rate-limit.guard.js';
import type { SessionUser } from '../auth/session-user.js';
import { AppError } from '../common/errors/app-error.js';
import { ApiProblemResponses } from '../common/openapi.js';
import { ParseIdPipe } from '../common/validation.js';
import { IntakeStatementDto, SubmitStatementDto } from './dto/submit-statement.dto.js';
import {
  AttachmentDto,
  ListStatementsQuery,
  MapQuery,
  PublicStatementListDto,
  ReceiptDto,
  StatementMapDto,
  StatementStatusDto,
  StatusQuery,
} from './dto/statement.dto.js';
import { StatementsService } from './statements.service.js';

/** Submissions and uploads per client IP and minute; the limit comes from STATEMENT_RATE_LIMIT. */
const STATEMENT_RATE_LIMIT: RateLimit = {
  name: 'statements',
  limit: (c) => c.statements.rateLimit,
  ttlMs: 60_000,
};

function idempotencyKey(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[\x21-\x7e]{8,200}$/.test(value)) {
    throw AppError.field('VALIDATION_FAILED', 'Idempotency-Key', 'format', {
      de: 'Der Idempotency-Key muss 8 bis 200 druckbare ASCII-Zeichen lang sein.',
      en: 'The Idempotency-Key must be 8 to 200 printable ASCII characters.',
    });
  }
  return value;
}

@ApiTags('statements')
@Controller()
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Post('phases/:id/statements')
  @Public()
  @RateLimited(STATEMENT_RATE_LIMIT)
  @ApiOperation({
    summary:
      'Submit a statement while the phase is open; exactly once per Idempotency-Key (public)',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key gets the first answer',
  })
  @ApiCreatedResponse({ type: ReceiptDto })
  @ApiProblemResponses(400, 404, 409, 422)
  async submit(
    @Param('id', ParseIdPipe) phaseId: string,
    @Body() dto: SubmitStatementDto,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentUser() user: SessionUser | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReceiptDto> {
    const result = await this.statements.submit(
      phaseId,
      dto,
      idempotencyKey(key),
      user,
      requestOrigin(request),
    );
    response.status(result.status);
    if (result.replayed) response.setHeader('Idempotent-Replayed', 'true');
    return result.body;
  }

  @Post('phases/:id/attachments')
  @Public()
  @RateLimited(STATEMENT_RATE_LIMIT)
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOperation({
    summary: 'Upload an attachment (PDF, PNG, JPEG) for a statement about to be submitted (public)',
  })
  @ApiCreatedResponse({ type: AttachmentDto })
  @ApiProblemResponses(400, 404, 409, 413)
  upload(
    @Param('id', ParseIdPipe) phaseId: string,
    @UploadedFile() file: { originalname: string; buffer: Buffer; size: number } | undefined,
  ): Promise<AttachmentDto> {
    return this.statements.uploadAttachment(phaseId, file);
  }

  @Post('procedures/:id/statements/intake')
  @Roles('planner')
  @ApiOperation({
    summary:
      'Record a statement received by letter, e-mail or in person, late ones included (planner)',
  })
  @ApiCreatedResponse({ type: ReceiptDto })
  @ApiProblemResponses(400, 404, 422)
  intake(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) procedureId: string,
    @Body() dto: IntakeStatementDto,
    @Req() request: Request,
  ): Promise<ReceiptDto> {
    return this.statements.intake(user, procedureId, dto, requestOrigin(request));
  }

  @Get('statements/status')
  @Public()
  @ApiOperation({ summary: "The submitter's private status view (reference and secret token)" })
  @ApiOkResponse({ type: StatementStatusDto })
  @ApiProblemResponses(400, 404)
  status(@Query() query: StatusQuery): Promise<StatementStatusDto> {
    return this.statements.status(query.reference, query.token);
  }

  @Get('statements/receipt.pdf')
  @Public()
  @ApiOperation({ summary: 'The receipt (Eingangsbestätigung) as PDF (private link)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF' })
  @ApiProblemResponses(400, 404)
  async receipt(@Query() query: StatusQuery): Promise<StreamableFile> {
    const pdf = await this.statements.receiptPdf(query.reference, query.token);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `inline; filename="Eingangsbestaetigung-${query.reference.replace(/[^A-Za-z0-9-]/g, '_')}.pdf"`,
      length: pdf.length,
    });
  }

  @Get('procedures/:id/statements')
  @Public()
  @ApiOperation({ summary: 'Published statements of a procedure, keyset-paginated (public)' })
  @ApiOkResponse({ type: PublicStatementListDto })
  @ApiProblemResponses(400, 404)
  list(
    @Param('id', ParseIdPipe) procedureId: string,
    @Query() query: ListStatementsQuery,
  ): Promise<PublicStatementListDto> {
    return this.statements.listPublic(procedureId, query);
  }

  @Get('procedures/:id/statements/map')
  @Public()
  @ApiOperation({
    summary: 'Published statements for the map: clusters below zoom 15, features from 15 (public)',
  })
  @ApiOkResponse({ type: StatementMapDto })
  @ApiProblemResponses(400, 404)
  map(
    @Param('id', ParseIdPipe) procedureId: string,
    @Query() query: MapQuery,
  ): Promise<StatementMapDto> {
    return this.statements.map(procedureId, query);
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
