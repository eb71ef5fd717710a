import { Controller, Get, Header, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service.js';
import { CurrentUser, SignedIn } from '../common/decorators.js';
import { AccountExportDto } from './dto/auth.dto.js';
import { SESSION_COOKIE } from './sessions.service.js';
import type { SessionUser } from '../common/session-user.js';

/** A signed-in person's own data (DSGVO Art. 15 and 17). */
@ApiTags('account')
@Controller('account')
@SignedIn()
export class AccountController {
  constructor(private readonly auth: AuthService) {}

  @Get('export')
  @Header('Content-Disposition', 'attachment; filename="mitplanen-meine-daten.json"')
  @ApiOperation({ summary: 'Download my data as JSON (Art. 15 DSGVO)' })
  @ApiOkResponse({ type: AccountExportDto })
  export(@CurrentUser() user: SessionUser): Promise<AccountExportDto> {
    return this.auth.exportAccount(user.id);
  }

  @Post('remove-personal-data')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Remove my personal data; statements stay in the file without it (Art. 17 DSGVO)',
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
