import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { PageQuery } from '../../common/page-query.js';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { PUBLICATION_STATUSES, type PublicationStatus } from '../../statements/statement.types.js';
import {
  DECISION_ACTIONS,
  REJECTION_REASONS,
  type DecisionAction,
  type RejectionReason,
} from '../moderation.types.js';

/** The queue is one page of the oldest pending statements: `limit` as every list, no cursor. */
export class QueueQuery extends PickType(PageQuery, ['limit'] as const) {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4')
  procedureId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4')
  phaseId?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  topic?: string;

  @ApiPropertyOptional({ enum: PUBLICATION_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(PUBLICATION_STATUSES)
  status?: PublicationStatus;

  @ApiPropertyOptional({ description: 'Only statements with open reports (any publication state)' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  reported?: boolean;
}

export class ReportDto {
  @ApiProperty({ enum: [...REJECTION_REASONS, 'other'] })
  @IsIn([...REJECTION_REASONS, 'other'])
  reason!: RejectionReason | 'other';

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class ModerationStatsDto {
  @ApiProperty()
  pending!: number;

  @ApiProperty({ description: 'Statements with open reports' })
  reported!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median seconds from receipt to the first decision',
  })
  medianSecondsToDecision!: number | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { approve: 12, reject: 2 },
  })
  decisionsByAction!: Record<string, number>;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { spam: 1, insult: 1 },
  })
  rejectionsByReason!: Record<string, number>;
}

export class PersonalDataHintDto {
  @ApiProperty({ enum: ['email', 'phone', 'iban', 'address', 'name'] })
  kind!: string;

  @ApiProperty()
  start!: number;

  @ApiProperty()
  end!: number;

  @ApiProperty()
  text!: string;
}

export class QueueItemDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  reference!: string;

  @ApiProperty({ format: 'uuid' })
  procedureId!: string;

  @ApiProperty()
  procedureTitle!: string;

  @ApiProperty({ format: 'uuid' })
  phaseId!: string;

  @ApiProperty({ description: 'The original text (staff only)' })
  text!: string;

  @ApiProperty({ type: String, nullable: true })
  publishedText!: string | null;

  @ApiProperty({ type: String, nullable: true })
  topic!: string | null;

  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  geometry!: Record<string, unknown> | null;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({ enum: PUBLICATION_STATUSES })
  publicationStatus!: PublicationStatus;

  @ApiProperty({ description: 'Pass as expectedVersion with a decision' })
  version!: number;

  @ApiProperty({ type: [PersonalDataHintDto] })
  personalDataHints!: PersonalDataHintDto[];

  @ApiProperty()
  attachments!: number;

  @ApiProperty({ description: 'Open reports by the public' })
  reports!: number;
}

export class QueueDto {
  @ApiProperty({ type: [QueueItemDto] })
  items!: QueueItemDto[];

  @ApiProperty()
  total!: number;
}

export class DecisionDto {
  @ApiProperty({ enum: DECISION_ACTIONS })
  @IsIn(DECISION_ACTIONS)
  action!: DecisionAction;

  @ApiPropertyOptional({ enum: REJECTION_REASONS, description: 'Required for reject' })
  @ValidateIf((o: DecisionDto) => o.action === 'reject')
  @IsIn(REJECTION_REASONS)
  reasonCode?: RejectionReason;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ description: 'Required for redact: the text the public will see' })
  @ValidateIf((o: DecisionDto) => o.action === 'redact')
  @IsString()
  @MinLength(1)
  @MaxLength(100_000)
  publishedText?: string;

  @ApiProperty({
    description: 'The version the moderator saw; another decision in between gives 409',
  })
  @IsInt()
  @Min(0)
  expectedVersion!: number;
}

export class DecisionResultDto {
  @ApiProperty({ format: 'uuid' })
  statementId!: string;

  @ApiProperty({ enum: PUBLICATION_STATUSES })
  publicationStatus!: PublicationStatus;

  @ApiProperty()
  version!: number;

  @ApiProperty({ type: String, nullable: true })
  publishedText!: string | null;
}
