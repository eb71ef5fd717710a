import { promisify } from 'node:util';
import { Body, Controller, HttpStatus, Next, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '../config/app-config.js';
import { AuthService } from './auth.service.js';
import { CurrentUser } from '../common/decorators.js';
import { Endpoint } from '../common/endpoint.js';
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
import type { SessionUser } from '../common/session-user.js';
import { SessionStreamsService } from './session-streams.service.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
    private readonly oidc: OidcService,
    private readonly streams: SessionStreamsService,
  ) {}

  @Endpoint('POST', 'register', {
    access: 'public',
    summary: 'Register as a resident; a verification link is mailed (public, throttled)',
    problems: [400],
    status: HttpStatus.ACCEPTED,
  })
  @RateLimited(AUTH_RATE_LIMIT)
  @ApiAcceptedResponse({ type: AcceptedDto })
  async register(@Body() dto: RegisterDto): Promise<AcceptedDto> {
    await this.auth.register(dto);
    return { status: 'mail_sent' };
  }

  @Endpoint('POST', 'verify', {
    access: 'public',
    summary: 'Confirm the e-mail address with the token from the mail (public)',
    problems: [400],
    status: HttpStatus.NO_CONTENT,
  })
  @ApiNoContentResponse()
  verify(@Body() dto: TokenDto): Promise<void> {
    return this.auth.verifyEmail(dto.token);
  }

  @Endpoint('POST', 'login', {
    access: 'public',
    summary: 'Sign in with e-mail and password; sets the session cookie (public, throttled)',
    problems: [400, 401, 403],
    status: HttpStatus.OK,
  })
  // Guards listed by decorators run bottom-up here: the rate limit first, then the password check.
  @UseGuards(LocalAuthGuard)
  @RateLimited(AUTH_RATE_LIMIT)
  @ApiBody({ type: SignInDto })
  @ApiOkResponse({ type: SessionUserDto })
  login(@CurrentUser() user: SessionUser): SessionUserDto {
    return user;
  }

  @Endpoint('POST', 'logout', {
    access: 'public',
    summary: 'Sign out: the session ends on the server (public)',
    status: HttpStatus.NO_CONTENT,
  })
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

  /**
   * Public, so that a visitor's page asking "who is signed in?" gets an answer rather than an
   * error (no 401 in every guest's browser console): 204 without content means nobody.
   */
  @Endpoint('GET', 'me', {
    access: 'public',
    summary: 'The signed-in user; 204 for a visitor who is not signed in (public)',
  })
  @ApiOkResponse({ type: SessionUserDto })
  @ApiNoContentResponse({ description: 'Not signed in' })
  me(
    @CurrentUser() user: SessionUser | undefined,
    @Res({ passthrough: true }) response: Response,
  ): SessionUserDto | undefined {
    if (!user) response.status(HttpStatus.NO_CONTENT);
    return user;
  }

  @Endpoint('GET', 'providers', { access: 'public', summary: 'How one can sign in here (public)' })
  @ApiOkResponse({ type: ProvidersDto })
  providers(): ProvidersDto {
    return { local: true, oidc: this.config.oidc?.label ?? null };
  }

  @Endpoint('POST', 'password/forgot', {
    access: 'public',
    summary: 'Mail a password reset link, if the account exists (public, throttled)',
    problems: [400],
    status: HttpStatus.ACCEPTED,
  })
  @RateLimited(AUTH_RATE_LIMIT)
  @ApiAcceptedResponse({ type: AcceptedDto })
  async forgot(@Body() dto: ForgotPasswordDto): Promise<AcceptedDto> {
    await this.auth.forgotPassword(dto.email);
    return { status: 'mail_sent' };
  }

  @Endpoint('POST', 'password/reset', {
    access: 'public',
    summary:
      'Set a new password with the token from the mail; ends all sessions (public, throttled)',
    problems: [400],
    status: HttpStatus.NO_CONTENT,
  })
  @RateLimited(AUTH_RATE_LIMIT)
  @ApiNoContentResponse()
  reset(@Body() dto: ResetPasswordDto): Promise<void> {
    return this.auth.resetPassword(dto.token, dto.password);
  }

  @Endpoint('GET', 'oidc', {
    access: 'public',
    summary: 'Staff sign-in: redirects to the city directory (OpenID Connect; public)',
    problems: [404],
  })
  startOidc(
    @Req() request: Request,
    @Res() response: Response,
    @Next() next: NextFunction,
  ): Promise<void> {
    return this.oidc.start(request, response, next);
  }

  @Endpoint('GET', 'oidc/callback', {
    access: 'public',
    summary: 'Return from the city directory; signs in and redirects (public)',
    problems: [404],
  })
  finishOidc(
    @Req() request: Request,
    @Res() response: Response,
    @Next() next: NextFunction,
  ): Promise<void> {
    return this.oidc.callback(request, response, next);
  }
}
