import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { Geometry } from 'geojson';
import { PageQuery } from '../../common/page-query.js';
import type { BBox2D } from '../../geo/geometry.js';
import { IsBBox, parseBBox } from '../../geo/is-bbox.decorator.js';
import { Transform } from 'class-transformer';
import {
  CHANNELS,
  PROCESSING_STATUSES,
  PUBLICATION_STATUSES,
  type Channel,
  type ProcessingStatus,
  type PublicationStatus,
} from '../statement.types.js';
import { REJECTION_REASONS, type RejectionReason } from '../../moderation/moderation.types.js';

export class ReceiptDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'BP-12-21/2026-0042' })
  reference!: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({ example: '26.11.2026, 14:03 Uhr', description: 'Receipt time in Europe/Berlin' })
  receivedAtBerlin!: string;

  @ApiProperty({ enum: PUBLICATION_STATUSES })
  publicationStatus!: PublicationStatus;

  @ApiProperty({
    description: 'Private link to follow the statement (keep it; it is not shown again)',
  })
  statusUrl!: string;

  @ApiProperty({ description: 'Receipt as PDF (private link)' })
  receiptUrl!: string;

  @ApiProperty({ description: 'Whether a receipt mail was queued' })
  mailed!: boolean;
}

/** What the public sees of a published statement: no submitter data, ever. */
export class PublicStatementDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  reference!: string;

  @ApiProperty({
    description: 'Withheld by moderation: shown as a placeholder, text and location empty',
  })
  hidden!: boolean;

  @ApiProperty({
    description: 'The published text (redacted by moderation where needed); empty when hidden',
  })
  text!: string;

  @ApiProperty({ type: String, nullable: true })
  topic!: string | null;

  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: true,
    description: 'GeoJSON geometry',
  })
  geometry!: Geometry | null;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({ format: 'uuid' })
  phaseId!: string;
}

export class PublicStatementListDto {
  @ApiProperty({ type: [PublicStatementDto] })
  items!: PublicStatementDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `after` for the next page' })
  nextCursor!: string | null;
}

export class ListStatementsQuery extends PageQuery {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  topic?: string;

  @ApiPropertyOptional({ example: '6.99,51.43,7.01,51.44', type: String })
  @IsOptional()
  @Transform(({ value }) => parseBBox(value))
  @IsBBox()
  bbox?: BBox2D;
}

export class MapQuery {
  @ApiProperty({ example: '6.99,51.43,7.01,51.44', type: String })
  @Transform(({ value }) => parseBBox(value))
  @IsBBox()
  bbox!: BBox2D;

  @ApiProperty({ minimum: 0, maximum: 22, example: 14 })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(22)
  zoom!: number;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  topic?: string;
}

export class MapClusterDto {
  @ApiProperty({
    description: '[lon, lat] of the cluster centre',
    type: 'array',
    items: { type: 'number' },
  })
  position!: [number, number];

  @ApiProperty()
  count!: number;

  @ApiProperty({ description: 'The zoom at which this cluster splits up: a click zooms there' })
  expansionZoom!: number;
}

/** A single statement on the map: its place and id only; the excerpt comes per click. */
export class MapFeatureDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: '[lon, lat]', type: 'array', items: { type: 'number' } })
  position!: [number, number];
}

export class StatementMapDto {
  @ApiProperty({
    enum: ['clusters', 'features'],
    description: '`features` when every statement in the box is a single point',
  })
  mode!: 'clusters' | 'features';

  @ApiProperty({ type: [MapClusterDto] })
  clusters!: MapClusterDto[];

  @ApiProperty({ type: [MapFeatureDto] })
  features!: MapFeatureDto[];

  @ApiProperty({ description: 'Published statements with a location in the box' })
  total!: number;
}

export class MapExcerptDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  reference!: string;

  @ApiProperty({ type: String, nullable: true })
  topic!: string | null;

  @ApiProperty({ description: 'The first 200 characters of the published text' })
  excerpt!: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;
}

export class StatusQuery {
  @ApiProperty({ example: 'BP-12-21/2026-0042' })
  @IsString()
  @MaxLength(100)
  reference!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(100)
  token!: string;
}

export class StatementStatusDto {
  @ApiProperty()
  reference!: string;

  @ApiProperty()
  procedureTitle!: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  @ApiProperty()
  receivedAtBerlin!: string;

  @ApiProperty({ enum: PROCESSING_STATUSES })
  processingStatus!: ProcessingStatus;

  @ApiProperty({ enum: PUBLICATION_STATUSES })
  publicationStatus!: PublicationStatus;

  @ApiProperty({ enum: CHANNELS })
  channel!: Channel;

  @ApiProperty()
  late!: boolean;

  @ApiProperty({ description: 'Your text as received' })
  text!: string;

  @ApiProperty({ type: String, nullable: true })
  topic!: string | null;

  @ApiProperty({
    enum: REJECTION_REASONS,
    nullable: true,
    description: 'Why it is not shown publicly (only when publicationStatus is rejected)',
  })
  rejectionReason!: RejectionReason | null;
}

export class AttachmentDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  filename!: string;

  @ApiProperty()
  mediaType!: string;

  @ApiProperty()
  size!: number;
}
