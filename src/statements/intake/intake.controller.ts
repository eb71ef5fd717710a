import {
  Body,
  Controller,
  Headers,
  Param,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { requestOrigin } from '../../common/request-origin.js';
import { CurrentUser } from '../../common/decorators.js';
import { Endpoint } from '../../common/endpoint.js';
import { RateLimited, type RateLimit } from '../../auth/rate-limit.guard.js';
import type { SessionUser } from '../../common/session-user.js';
import { AppError } from '../../common/errors/app-error.js';
import { ParseIdPipe } from '../../common/validation.js';
import { AttachmentDto, ReceiptDto } from '../dto/statement.dto.js';
import { IntakeStatementDto, SubmitStatementDto } from '../dto/submit-statement.dto.js';
import { IntakeService } from './intake.service.js';

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
export class IntakeController {
  constructor(private readonly statements: IntakeService) {}

  @Endpoint('POST', 'phases/:id/statements', {
    access: 'public',
    summary:
      'Submit a statement while the phase is open; exactly once per Idempotency-Key (public)',
    problems: [400, 404, 409, 422],
  })
  @RateLimited(STATEMENT_RATE_LIMIT)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key gets the first answer',
  })
  @ApiCreatedResponse({ type: ReceiptDto })
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

  @Endpoint('POST', 'phases/:id/attachments', {
    access: 'public',
    summary:
      'Upload an attachment (PDF, PNG, JPEG) for a statement about to be submitted (public; planners also after the end, for recorded letters)',
    problems: [400, 404, 409, 413, 415, 429],
  })
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
  @ApiCreatedResponse({ type: AttachmentDto })
  upload(
    @Param('id', ParseIdPipe) phaseId: string,
    @UploadedFile() file: { originalname: string; buffer: Buffer; size: number } | undefined,
    @CurrentUser() user: SessionUser | undefined,
    @Req() request: Request,
  ): Promise<AttachmentDto> {
    return this.statements.uploadAttachment(
      phaseId,
      file,
      user?.roles.includes('planner') ?? false,
      request.ip,
    );
  }

  @Endpoint('POST', 'procedures/:id/statements/intake', {
    access: ['planner'],
    summary:
      'Record a statement received by letter, e-mail or in person, late ones included (planner)',
    problems: [400, 404, 422],
  })
  @ApiCreatedResponse({ type: ReceiptDto })
  intake(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseIdPipe) procedureId: string,
    @Body() dto: IntakeStatementDto,
    @Req() request: Request,
  ): Promise<ReceiptDto> {
    return this.statements.intake(user, procedureId, dto, requestOrigin(request));
  }
}
