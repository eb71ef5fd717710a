import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { OffsetPageQuery } from '../../common/page-query.js';
import type { User } from '../../users/entities/user.entity.js';
import { ROLES, type Role } from '../../common/roles.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SignInDto {
  @ApiProperty({ example: 'planung@essen.example' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'ein langes Passwort' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

export class RegisterDto {
  @ApiProperty({ example: 'anwohnerin@example.org' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiProperty({ minLength: 10, maxLength: 200, description: 'At least 10 characters' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password!: string;

  @ApiProperty({ example: 'Erika Mustermann' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName!: string;
}

export class TokenDto {
  @ApiProperty({ description: 'The token from the link in the mail' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token!: string;
}

export class ForgotPasswordDto {
  @ApiProperty()
  @Transform(trim)
  @IsEmail()
  @MaxLength(320)
  email!: string;
}

export class ResetPasswordDto extends TokenDto {
  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password!: string;
}

export class AcceptedDto {
  @ApiProperty({ example: 'mail_sent' })
  status!: string;
}

export class SessionUserDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles!: Role[];
}

export class ProvidersDto {
  @ApiProperty({ description: 'E-mail and password sign-in' })
  local!: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Label of the staff sign-in, null when not configured',
  })
  oidc!: string | null;
}

export class AdminUserDto extends SessionUserDto {
  @ApiProperty()
  active!: boolean;

  @ApiProperty()
  emailVerified!: boolean;

  @ApiProperty({ description: 'Signs in through the city directory (OpenID Connect)' })
  oidc!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(u: User): AdminUserDto {
    return {
      id: u.id,
      email: u.email,
      displayName: u.displayName,
      roles: u.roles,
      active: u.active,
      emailVerified: u.emailVerifiedAt !== null,
      oidc: u.oidcIdentity !== null,
      createdAt: u.createdAt.toISOString(),
    };
  }
}

export class AdminUserListDto {
  @ApiProperty({ type: [AdminUserDto] })
  items!: AdminUserDto[];

  @ApiProperty()
  total!: number;
}

export class ListUsersQuery extends OffsetPageQuery() {
  @ApiPropertyOptional({ description: 'Part of e-mail or name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export class SetRolesDto {
  @ApiProperty({ enum: ROLES, isArray: true, example: ['planner'] })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles!: Role[];
}

export class AccountExportDto {
  @ApiProperty({ type: SessionUserDto })
  account!: SessionUserDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  emailVerifiedAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  exportedAt!: string;

  @ApiProperty({
    description: 'Statements submitted while signed in (filled once statements exist)',
    type: 'array',
    items: { type: 'object' },
  })
  statements!: unknown[];
}
