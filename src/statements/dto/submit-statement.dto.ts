import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  Equals,
  IsArray,
  IsEmail,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { StatementGeometry } from '../../geo/statement-geometry.js';
import { IsStatementGeometry } from '../../geo/is-statement-geometry.decorator.js';
import { IsNotInFuture } from '../../common/not-in-future.validator.js';
import { CHANNELS, SUBMITTER_TYPES, type Channel, type SubmitterType } from '../statement.types.js';
import { IsBoundedInstant } from '../../common/is-bounded-instant.decorator.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const named = (o: SubmitterDto) => o.type === 'named';

export class SubmitterDto {
  @ApiProperty({ enum: SUBMITTER_TYPES, description: 'Anonymous submitters get no result letter' })
  @IsIn(SUBMITTER_TYPES)
  type!: SubmitterType;

  @ApiPropertyOptional({ maxLength: 200, description: 'Required when named' })
  @ValidateIf(named)
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  organisation?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  street?: string;

  @ApiPropertyOptional({ example: '45130' })
  @IsOptional()
  @Transform(trim)
  @Matches(/^\d{5}$|^$/)
  postcode?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ description: 'Receipt and result are mailed here' })
  @IsOptional()
  @Transform(trim)
  @IsEmail()
  @MaxLength(320)
  email?: string;
}

export class SubmitStatementDto {
  @ApiProperty({
    minLength: 1,
    description: 'The statement; the length limit is configured (STATEMENT_MAX_CHARS)',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(100_000)
  text!: string;

  @ApiPropertyOptional({
    description: 'GeoJSON Point, LineString or Polygon (WGS84), inside the plan area',
  })
  @IsOptional()
  @IsObject()
  @IsStatementGeometry()
  geometry?: StatementGeometry;

  @ApiPropertyOptional({ maxLength: 100, description: "One of the procedure's topics" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  topic?: string;

  @ApiProperty({ type: SubmitterDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SubmitterDto)
  submitter!: SubmitterDto;

  @ApiProperty({
    description: 'The data protection notice (Art. 13 DSGVO) was shown and read',
    example: true,
  })
  @Equals(true)
  privacyNoticeAcknowledged!: boolean;

  @ApiPropertyOptional({ type: [String], description: 'Ids from POST /api/phases/:id/attachments' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  attachmentIds?: string[];

  @ApiPropertyOptional({
    description: 'Leave empty (spam trap; hidden from people and screen readers)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(0)
  website?: string;
}

/**
 * A statement that reached the office by letter, e-mail or in person, recorded by staff: the
 * submission's text, place, topic and submitter, with the channel and the stated receipt time.
 */
export class IntakeStatementDto extends PickType(SubmitStatementDto, [
  'text',
  'geometry',
  'topic',
  'submitter',
  // The scanned letter and other files (ids from POST /api/phases/:id/attachments).
  'attachmentIds',
] as const) {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  phaseId!: string;

  @ApiProperty({ enum: CHANNELS.filter((c) => c !== 'platform') })
  @IsIn(CHANNELS.filter((c) => c !== 'platform'))
  channel!: Exclude<Channel, 'platform'>;

  @ApiProperty({
    format: 'date-time',
    description:
      'When it arrived (postmark or receipt stamp); not in the future, not before the procedure was created',
  })
  @IsISO8601({ strict: true })
  @IsBoundedInstant()
  @IsNotInFuture()
  receivedAt!: string;
}
