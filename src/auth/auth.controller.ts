import { promisify } from 'node:util';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Next,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { ApiProblemResponses } from '../common/openapi.js';
import { AppConfig } from '../config/app-config.js';
import { AuthService } from './auth.service.js';
import { CurrentUser, Public, SignedIn } from './decorators.js';
import {
  AcceptedDto,
  ForgotPasswordDto,
  ProvidersDto,
  RegisterDto,
  ResetPasswordDto,
  SessionUserDto,
  SignInDto,
  TokenDto,
} from './dto/auth.dto.js';
import { LocalAuthGuard } from './local-auth.guard.js';
import { OidcService } from './oidc.service.js';
import { AUTH_RATE_LIMIT, RateLimited } from './rate-limit.guard.js';
import { SESSION_COOKIE } from './sessions.service.js';
import { SessionStreamsService } from './session-streams.service.js';
import type { SessionUser } from './session-user.js';

export function requestOrigin(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
    private readonly oidc: OidcService,
    private readonly streams: SessionStreamsService,
  ) {}

  @Post('register')
  @Public()
  @RateLimited(AUTH_RATE_LIMIT)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Register as a resident; a verification link is mailed (public, throttled)',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiProblemResponses(400)
  async register(@Body() dto: RegisterDto): Promise<AcceptedDto> {
    await this.auth.register(dto);
    return { status: 'mail_sent' };
  }

  @Post('verify')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Confirm the e-mail address with the token from the mail (public)' })
  @ApiNoContentResponse()
  @ApiProblemResponses(400)
  verify(@Body() dto: TokenDto): Promise<void> {
    return this.auth.verifyEmail(dto.token);
  }

  @Post('login')
  @Public()
  // Guards listed by decorators run bottom-up here: the rate limit first, then the password check.
  @UseGuards(LocalAuthGuard)
  @RateLimited(AUTH_RATE_LIMIT)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Sign in with e-mail and password; sets the session cookie (public, throttled)',
  })
  @ApiBody({ type: SignInDto })
  @ApiOkResponse({ type: SessionUserDto })
  @ApiProblemResponses(400, 401, 403)
  login(@CurrentUser() user: SessionUser): SessionUserDto {
    return user;
  }

  @Post('logout')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out: the session ends on the server (public)' })
  @ApiNoContentResponse()
  async logout(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const sid = request.sessionID;
    await promisify((done: (err: unknown) => void) => request.logout(done))();
    if (request.session)
      await promisify((done: (err: unknown) => void) => request.session.destroy(done))();
    response.clearCookie(SESSION_COOKIE, { path: '/' });
    if (sid) this.streams.sessionsEnded({ sid });
  }

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: SessionUserDto })
  me(@CurrentUser() user: SessionUser): SessionUserDto {
    return user;
  }

  @Get('providers')
  @Public()
  @ApiOperation({ summary: 'How one can sign in here (public)' })
  @ApiOkResponse({ type: ProvidersDto })
  providers(): ProvidersDto {
    return { local: true, oidc: this.config.oidc?.label ?? null };
  }

  @Post('password/forgot')
  @Public()
  @RateLimited(AUTH_RATE_LIMIT)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Mail a password reset link, if the account exists (public, throttled)',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiProblemResponses(400)
  async forgot(@Body() dto: ForgotPasswordDto): Promise<AcceptedDto> {
    await this.auth.forgotPassword(dto.email);
    return { status: 'mail_sent' };
  }

  @Post('password/reset')
  @Public()
  @RateLimited(AUTH_RATE_LIMIT)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary:
      'Set a new password with the token from the mail; ends all sessions (public, throttled)',
  })
  @ApiNoContentResponse()
  @ApiProblemResponses(400)
  reset(@Body() dto: ResetPasswordDto): Promise<void> {
    return this.auth.resetPassword(dto.token, dto.password);
  }

  @Get('oidc')
  @Public()
  @ApiOperation({
    summary: 'Staff sign-in: redirects to the city directory (OpenID Connect; public)',
  })
  @ApiProblemResponses(404)
  startOidc(
    @Req() request: Request,
    @Res() response: Response,
    @Next() next: NextFunction,
  ): Promise<void> {
    return this.oidc.start(request, response, next);
  }

  @Get('oidc/callback')
  @Public()
  @ApiOperation({ summary: 'Return from the city directory; signs in and redirects (public)' })
  @ApiProblemResponses(404)
  finishOidc(
    @Req() request: Request,
    @Res() response: Response,
    @Next() next: NextFunction,
  ): Promise<void> {
    return this.oidc.callback(request, response, next);
  }
}
