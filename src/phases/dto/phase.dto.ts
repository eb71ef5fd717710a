import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
} from 'class-validator';
import { isIsoDate, MAX_YEAR, MIN_YEAR } from '../deadlines/calendar-date.js';
import {
  MODERATION_MODES,
  PHASE_KINDS,
  PHASE_STATES,
  type ModerationMode,
  type PhaseKind,
  type PhaseState,
} from '../phase.types.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date in Europe/Berlin, YYYY-MM-DD, that exists and lies in the years deadlines are
 * computed for (MIN_YEAR–MAX_YEAR), so no date that passes can make the deadline code throw.
 */
function CalendarDate(): PropertyDecorator {
  return (target, key) => {
    Matches(DATE, { message: `${String(key)} must be a date YYYY-MM-DD` })(target, key);
    IsISO8601({ strict: true })(target, key);
    ValidateBy(
      {
        name: 'isCalendarDate',
        validator: { validate: (value: unknown) => isIsoDate(value) },
      },
      { message: `${String(key)} must be a date between ${MIN_YEAR} and ${MAX_YEAR}` },
    )(target, key);
  };
}

export class CreatePhaseDto {
  @ApiProperty({ enum: PHASE_KINDS })
  @IsIn(PHASE_KINDS)
  kind!: PhaseKind;

  @ApiPropertyOptional({ maxLength: 200, example: 'Öffentliche Auslegung' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({
    description: 'Re-publication round, 1..n (republication only)',
    minimum: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(99)
  round?: number;

  @ApiProperty({ example: '2026-12-01', description: 'First day (Europe/Berlin)' })
  @CalendarDate()
  startDate!: string;

  @ApiProperty({ example: '2027-01-08', description: 'Last day as announced (Europe/Berlin)' })
  @CalendarDate()
  endDate!: string;

  @ApiPropertyOptional({
    enum: MODERATION_MODES,
    description: 'Default: pre for early_public and informal, none for formal phases',
  })
  @IsOptional()
  @IsIn(MODERATION_MODES)
  moderationMode?: ModerationMode;

  @ApiPropertyOptional({
    example: '2026-11-20',
    description: 'Date of the public notice; must precede a publication phase',
  })
  @IsOptional()
  @CalendarDate()
  noticePublishedOn?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  environmentalInformation?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  areaDescription?: string;

  @ApiPropertyOptional({
    description: 'Required when the end is earlier than the legal minimum',
    maxLength: 2000,
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(5)
  @MaxLength(2000)
  shortenedReason?: string;
}

/** Changes before the phase opens; once open, only extend and close change its period. */
export class UpdatePhaseDto extends PartialType(
  OmitType(CreatePhaseDto, ['kind', 'round'] as const),
) {}

export class ReasonDto {
  @ApiProperty({ minLength: 5, maxLength: 2000, description: 'Shown publicly with the change' })
  @Transform(trim)
  @IsString()
  @MinLength(5)
  @MaxLength(2000)
  reason!: string;
}

export class OptionalReasonDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class ExtendPhaseDto extends ReasonDto {
  @ApiProperty({ example: '2027-01-22', description: 'New last day; later than the current one' })
  @CalendarDate()
  endDate!: string;
}

export class PhaseChangeDto {
  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ enum: ['phase.opened', 'phase.extended', 'phase.closed'] })
  action!: string;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2027-01-08' })
  previousEndDate!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2027-01-22' })
  newEndDate!: string | null;
}

export class PhaseNoticeDto {
  @ApiProperty({ type: String, nullable: true })
  publishedOn!: string | null;

  @ApiProperty()
  environmentalInformation!: string;

  @ApiProperty()
  areaDescription!: string;
}

export class PhaseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  procedureId!: string;

  @ApiProperty({ enum: PHASE_KINDS })
  kind!: PhaseKind;

  @ApiProperty({ type: Number, nullable: true })
  round!: number | null;

  @ApiProperty()
  title!: string;

  @ApiProperty({ example: '2026-12-01' })
  startDate!: string;

  @ApiProperty({
    example: '2027-01-08',
    description: 'The announced last day; the end shown online',
  })
  endDate!: string;

  @ApiProperty({ format: 'date-time' })
  opensAt!: string;

  @ApiProperty({
    format: 'date-time',
    description: '23:59:59.999 Europe/Berlin of endDate, or the moment it was closed',
  })
  closesAt!: string;

  @ApiProperty({
    enum: PHASE_STATES,
    description: 'By the database clock at the time of the answer',
  })
  state!: PhaseState;

  @ApiProperty({ enum: MODERATION_MODES })
  moderationMode!: ModerationMode;

  @ApiProperty({ type: PhaseNoticeDto })
  notice!: PhaseNoticeDto;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Legal minimum last day for this start (null: no minimum)',
  })
  legalMinimumEnd!: string | null;

  @ApiProperty()
  shorterThanMinimum!: boolean;

  @ApiProperty({ type: String, nullable: true })
  shortenedReason!: string | null;

  @ApiProperty({
    type: [PhaseChangeDto],
    description: 'Openings, extensions and closings with their reasons',
  })
  changes!: PhaseChangeDto[];

  @ApiProperty({ format: 'date-time', description: 'The database clock when this answer was made' })
  serverTime!: string;
}

export class DeadlineProposalDto {
  @ApiProperty({ enum: PHASE_KINDS })
  kind!: PhaseKind;

  @ApiProperty()
  startDate!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Legal minimum last day (null: none)' })
  minimumEnd!: string | null;

  @ApiProperty({ description: 'Proposed last day' })
  proposedEnd!: string;
}

export class DeadlineQuery {
  @ApiProperty({ enum: PHASE_KINDS })
  @IsIn(PHASE_KINDS)
  kind!: PhaseKind;

  @ApiProperty({ example: '2026-12-01' })
  @CalendarDate()
  startDate!: string;
}
