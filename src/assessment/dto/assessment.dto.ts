import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import type { Geometry } from 'geojson';
import { PageQuery } from '../../common/page-query.js';
import { queryBoolean, queryJson, RESPONSE_MAX_CHARS, trim } from './dto-values.js';
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
import { ASSESSMENT_RESULTS, type AssessmentResult } from '../assessment.types.js';

export { RESPONSE_MAX_CHARS } from './dto-values.js';

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

export * from './groups-and-results.dto.js';
