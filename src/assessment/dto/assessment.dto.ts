import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import type { Geometry } from 'geojson';
import { PageQuery } from '../../common/page-query.js';
import type { AreaGeometry, BBox2D } from '../../geo/geometry.js';
import { IsAreaGeometry } from '../../geo/is-area.decorator.js';
import { IsBBox, parseBBox } from '../../geo/is-bbox.decorator.js';
import {
  CHANNELS,
  PROCESSING_STATUSES,
  PUBLICATION_STATUSES,
  type Channel,
  type ProcessingStatus,
  type PublicationStatus,
} from '../../statements/statement.types.js';
import {
  ASSESSMENT_RESULTS,
  EXPORT_VARIANTS,
  type AssessmentResult,
  type ExportVariant,
} from '../assessment.types.js';

/** The longest response the office writes to one statement (or group). */
export const RESPONSE_MAX_CHARS = 20_000;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const queryBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;
/** A JSON query parameter: parsed where it is JSON, else left for the validator to refuse. */
const queryJson = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
};

export class PutAssessmentDto {
  @ApiProperty({ enum: ASSESSMENT_RESULTS, example: 'partly_followed' })
  @IsIn(ASSESSMENT_RESULTS)
  result!: AssessmentResult;

  @ApiPropertyOptional({
    maxLength: RESPONSE_MAX_CHARS,
    example: 'Die Anregung wird teilweise berücksichtigt: Die Baumreihe wird verlängert.',
    description: `Required unless the result is \`acknowledged\` (then "Die Stellungnahme wird zur Kenntnis genommen." by default)`,
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(RESPONSE_MAX_CHARS)
  response?: string;

  @ApiProperty({ minimum: 0, example: 0, description: 'The version you saw; 0 for a new one' })
  @IsInt()
  @Min(0)
  expectedVersion!: number;
}

export class PutGroupAssessmentDto {
  @ApiProperty({ enum: ASSESSMENT_RESULTS, example: 'not_followed' })
  @IsIn(ASSESSMENT_RESULTS)
  result!: AssessmentResult;

  @ApiPropertyOptional({ maxLength: RESPONSE_MAX_CHARS })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(RESPONSE_MAX_CHARS)
  response?: string;
}

export class AssessmentDto {
  @ApiProperty({ format: 'uuid' })
  statementId!: string;

  @ApiProperty({ enum: ASSESSMENT_RESULTS, nullable: true })
  result!: AssessmentResult | null;

  @ApiProperty({ description: 'XBeteiligung 1.2 code of the result', nullable: true, type: String })
  resultCode!: string | null;

  @ApiProperty()
  response!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  assigneeId!: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  groupId!: string | null;

  @ApiProperty({ description: 'Send it back as expectedVersion with the next change' })
  version!: number;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  updatedBy!: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({ enum: PROCESSING_STATUSES })
  processingStatus!: ProcessingStatus;
}

export class WorkspaceQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4')
  phaseId?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  topic?: string;

  @ApiPropertyOptional({ enum: PROCESSING_STATUSES })
  @IsOptional()
  @IsIn(PROCESSING_STATUSES)
  processingStatus?: ProcessingStatus;

  @ApiPropertyOptional({ enum: PUBLICATION_STATUSES })
  @IsOptional()
  @IsIn(PUBLICATION_STATUSES)
  publicationStatus?: PublicationStatus;

  @ApiPropertyOptional({
    description: 'A user id, or `none` for statements nobody is assigned to',
    example: 'none',
  })
  @IsOptional()
  @ValidateIf((_o, v) => v !== 'none')
  @IsUUID('4')
  assignee?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  late?: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Members of one group of near-identical statements',
  })
  @IsOptional()
  @IsUUID('4')
  groupId?: string;

  @ApiPropertyOptional({ example: '6.99,51.43,7.01,51.44', type: String })
  @IsOptional()
  @Transform(({ value }) => parseBBox(value))
  @IsBBox()
  bbox?: BBox2D;

  @ApiPropertyOptional({
    type: String,
    description:
      'An area drawn on the map: a GeoJSON Polygon or MultiPolygon (JSON, URL-encoded). Statements whose location point lies inside it.',
    example: '{"type":"Polygon","coordinates":[[[7,51.43],[7.01,51.43],[7.01,51.44],[7,51.43]]]}',
  })
  @IsOptional()
  @Transform(queryJson)
  @IsAreaGeometry()
  area?: AreaGeometry;
}

export class WorkspaceStatementDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'BP-12-21/2026-0042' })
  reference!: string;

  @ApiProperty({ format: 'uuid' })
  phaseId!: string;

  @ApiProperty({ description: 'The original text as received' })
  text!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The redacted public text, if any' })
  publishedText!: string | null;

  @ApiProperty({ type: String, nullable: true })
  topic!: string | null;

  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  geometry!: Geometry | null;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({ enum: CHANNELS })
  channel!: Channel;

  @ApiProperty()
  late!: boolean;

  @ApiProperty({ enum: PROCESSING_STATUSES })
  processingStatus!: ProcessingStatus;

  @ApiProperty({ enum: PUBLICATION_STATUSES })
  publicationStatus!: PublicationStatus;

  @ApiProperty({ type: String, nullable: true })
  rejectionReason!: string | null;

  @ApiProperty({ enum: ['anonymous', 'named'] })
  submitterType!: 'anonymous' | 'named';

  @ApiProperty({ type: String, nullable: true, enum: ASSESSMENT_RESULTS })
  result!: AssessmentResult | null;

  @ApiProperty()
  response!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  assigneeId!: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  groupId!: string | null;

  @ApiProperty({ description: 'Signatories of the group (1 when not grouped)' })
  groupSize!: number;

  @ApiProperty({ description: 'Assessment version, for expectedVersion' })
  version!: number;
}

export class WorkspaceListDto {
  @ApiProperty({ type: [WorkspaceStatementDto] })
  items!: WorkspaceStatementDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `after` for the next page' })
  nextCursor!: string | null;
}

export class ProgressDto {
  @ApiProperty({ description: 'Statements assessed (assessed or result sent)' })
  assessed!: number;

  @ApiProperty({ description: 'All statements of the procedure, published or not' })
  total!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { received: 3 },
  })
  byProcessingStatus!: Record<string, number>;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { followed: 2 },
  })
  byResult!: Record<string, number>;
}

export class AssignDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 1000 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('4', { each: true })
  statementIds!: string[];

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null: unassign' })
  @ValidateIf((_o, v) => v !== null)
  @IsUUID('4')
  assigneeId!: string | null;
}

export class CountDto {
  @ApiProperty({ description: 'Statements changed' })
  updated!: number;
}

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
