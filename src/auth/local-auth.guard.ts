import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request } from 'express';
import { AppError } from '../common/errors/app-error.js';
import { toFieldErrors } from '../common/errors/validation-messages.js';
import { SignInDto } from './dto/auth.dto.js';

/**
 * Signs in with passport-local. The body is validated first (guards run before pipes), and
 * a successful sign-in regenerates the session id (passport ≥ 0.6), preventing fixation.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const dto = plainToInstance(SignInDto, request.body ?? {});
    const errors = await validate(dto, {
      whitelist: true,
      forbidNonWhitelisted: true,
      stopAtFirstError: true,
    });
    if (errors.length > 0)
      throw new AppError('VALIDATION_FAILED', { errors: toFieldErrors(errors) });
    request.body = dto;
    await super.canActivate(context);
    await super.logIn(request);
    return true;
  }
}
