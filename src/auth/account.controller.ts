import { Controller, Header, HttpStatus, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service.js';
import { CurrentUser } from '../common/decorators.js';
import { Endpoint } from '../common/endpoint.js';
import { AccountExportDto } from './dto/auth.dto.js';
import { SESSION_COOKIE } from './sessions.service.js';
import type { SessionUser } from '../common/session-user.js';

/** A signed-in person's own data (DSGVO Art. 15 and 17). */
@ApiTags('account')
@Controller('account')
export class AccountController {
  constructor(private readonly auth: AuthService) {}

  @Endpoint('GET', 'export', {
    access: 'signed-in',
    summary: 'Download my data as JSON (Art. 15 DSGVO)',
  })
  @Header('Content-Disposition', 'attachment; filename="mitplanen-meine-daten.json"')
  @ApiOkResponse({ type: AccountExportDto })
  export(@CurrentUser() user: SessionUser): Promise<AccountExportDto> {
    return this.auth.exportAccount(user.id);
  }

  @Endpoint('POST', 'remove-personal-data', {
    access: 'signed-in',
    summary: 'Remove my personal data; statements stay in the file without it (Art. 17 DSGVO)',
    status: HttpStatus.NO_CONTENT,
  })
  @ApiNoContentResponse()
  async removePersonalData(
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.removePersonalData(user.id);
    request.session?.destroy(() => undefined);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
