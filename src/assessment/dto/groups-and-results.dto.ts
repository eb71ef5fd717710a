import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  MinLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQuery } from '../../common/page-query.js';
import {
  ASSESSMENT_RESULTS,
  EXPORT_VARIANTS,
  type AssessmentResult,
  type ExportVariant,
} from '../assessment.types.js';
import { RESPONSE_MAX_CHARS, trim } from './dto-values.js';

// Groups of near-identical statements, response templates, exports and result letters.

export class DetectGroupsDto {
  @ApiPropertyOptional({
    minimum: 0.3,
    maximum: 1,
    default: 0.8,
    description: 'pg_trgm similarity from which two statements count as essentially identical',
  })
  @IsOptional()
  @IsNumber()
  @Min(0.3)
  @Max(1)
  threshold?: number;
}

export class StatementGroupDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Signatories: statements in the group' })
  size!: number;

  @ApiProperty({ format: 'uuid' })
  leadStatementId!: string;

  @ApiProperty()
  leadReference!: string;

  @ApiProperty({ description: 'The first 300 characters of the lead statement' })
  excerpt!: string;

  @ApiProperty({ description: 'Members already assessed' })
  assessed!: number;

  @ApiProperty({ description: 'Result announced by public notice instead of letters' })
  publicNotice!: boolean;
}

export class StatementGroupListDto {
  @ApiProperty({ type: [StatementGroupDto] })
  items!: StatementGroupDto[];
}

export class PublicNoticeDto {
  @ApiProperty({ description: 'Announce this group’s result publicly instead of by letters' })
  @IsBoolean()
  publicNotice!: boolean;
}

export class ResponseTemplateInputDto {
  @ApiProperty({ maxLength: 200, example: 'Baumpflanzungen' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, example: 'Grün' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(100)
  topic?: string | null;

  @ApiProperty({ enum: ASSESSMENT_RESULTS })
  @IsIn(ASSESSMENT_RESULTS)
  result!: AssessmentResult;

  @ApiProperty({ maxLength: RESPONSE_MAX_CHARS, example: 'Die Anregung wird berücksichtigt.' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(RESPONSE_MAX_CHARS)
  text!: string;
}

export class ResponseTemplateDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  procedureId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: String, nullable: true })
  topic!: string | null;

  @ApiProperty({ enum: ASSESSMENT_RESULTS })
  result!: AssessmentResult;

  @ApiProperty()
  text!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class TemplatesQuery {
  @ApiPropertyOptional({ maxLength: 100, description: 'Templates for this topic and general ones' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  topic?: string;
}

export class ExportQuery {
  @ApiPropertyOptional({ enum: EXPORT_VARIANTS, default: 'anonymised' })
  @IsOptional()
  @IsIn(EXPORT_VARIANTS)
  variant?: ExportVariant;
}

export class ResultLettersDto {
  @ApiProperty({ description: 'Letters queued in the mail outbox (named submitters with e-mail)' })
  letters!: number;

  @ApiProperty({ description: 'Named submitters without e-mail: a letter PDF to print and post' })
  lettersToPost!: number;

  @ApiProperty({ description: 'Statements whose result is announced by public notice' })
  publicNotice!: number;

  @ApiProperty({ description: 'Anonymous statements: their result is on the public results page' })
  anonymous!: number;

  @ApiProperty({ description: 'Statements not yet assessed, left as they are' })
  notAssessed!: number;
}

/** What sending would do; `letters` here counts every letter, mailed or to post. */
export class ResultLettersPreviewDto extends OmitType(ResultLettersDto, ['letters'] as const) {
  @ApiProperty({ description: 'Letters that sending would write (mailed and to post)' })
  letters!: number;

  @ApiProperty({ description: 'Of these, mails queued to submitters with an e-mail address' })
  mails!: number;

  @ApiProperty({ description: 'False while a phase is upcoming or open: sending is refused' })
  phasesEnded!: boolean;
}

export class LetterQuery {
  @ApiProperty()
  @IsString()
  @MaxLength(100)
  token!: string;
}

export class PublicResultDto {
  @ApiProperty()
  reference!: string;

  @ApiProperty({ type: String, nullable: true })
  topic!: string | null;

  @ApiProperty({
    description: 'The published text; empty when the statement was not published',
  })
  text!: string;

  @ApiProperty({ enum: ASSESSMENT_RESULTS })
  result!: AssessmentResult;

  @ApiProperty({ description: 'XBeteiligung 1.2 code of the result' })
  resultCode!: string;

  @ApiProperty()
  response!: string;

  @ApiProperty({ description: 'Signatories of the group this statement belongs to (1 if none)' })
  signatories!: number;

  @ApiProperty({ description: 'Announced by public notice instead of a letter' })
  publicNotice!: boolean;
}

export class PublicResultListDto {
  @ApiProperty({ type: [PublicResultDto] })
  items!: PublicResultDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}

/** The public results page: keyset pages. */
export class ResultsQuery extends PageQuery {}
