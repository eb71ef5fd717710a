import { ApiProperty } from '@nestjs/swagger';
import type { AreaGeometry, BBox2D } from '../../geo/geometry.js';
import { PhaseDto } from '../../phases/dto/phase.dto.js';
import type { Procedure } from '../entities/procedure.entity.js';
import { DocumentDto } from './document.dto.js';
import {
  PUBLIC_PROCEDURE_STATUSES,
  PROCEDURE_TYPES,
  type ProcedureStatus,
  type ProcedureType,
} from '../procedure.types.js';

export class AreaGeometryDto {
  @ApiProperty({ enum: ['Polygon', 'MultiPolygon'] })
  type!: 'Polygon' | 'MultiPolygon';

  @ApiProperty({
    description: 'RFC 7946 coordinates (longitude, latitude; WGS84)',
    type: 'array',
    items: { type: 'array', items: {} },
    example: [
      [
        [7.0, 51.43],
        [7.01, 51.43],
        [7.01, 51.44],
        [7.0, 51.43],
      ],
    ],
  })
  coordinates!: unknown[];
}

/** What the public list and map show of a procedure. */
export class ProcedureSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'BP-12-21' })
  reference!: string;

  @ApiProperty({ example: 'Bebauungsplan „Rüttenscheider Stern“' })
  title!: string;

  @ApiProperty({ enum: PROCEDURE_TYPES })
  type!: ProcedureType;

  @ApiProperty({ example: 'Rüttenscheid' })
  district!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ enum: PUBLIC_PROCEDURE_STATUSES })
  status!: ProcedureStatus;

  @ApiProperty({ type: AreaGeometryDto })
  area!: AreaGeometry;

  @ApiProperty({
    description: '[minLon, minLat, maxLon, maxLat]',
    type: 'array',
    items: { type: 'number' },
    minItems: 4,
    maxItems: 4,
  })
  bbox!: BBox2D;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({
    type: PhaseDto,
    nullable: true,
    description: 'The open phase, else the next upcoming, else the last closed one',
  })
  currentPhase!: PhaseDto | null;

  static from(p: Procedure, currentPhase: PhaseDto | null = null): ProcedureSummaryDto {
    return {
      id: p.id,
      reference: p.reference,
      title: p.title,
      type: p.type,
      district: p.district,
      summary: p.summary,
      status: p.status,
      area: p.area,
      bbox: p.areaBox,
      publishedAt: p.publishedAt?.toISOString() ?? null,
      updatedAt: p.updatedAt.toISOString(),
      currentPhase,
    };
  }
}

export class ProcedureDto extends ProcedureSummaryDto {
  @ApiProperty({ description: 'Plain text; clients render it as text, never as HTML.' })
  description!: string;

  @ApiProperty({ type: [String], description: 'Topics a statement may be filed under' })
  topics!: string[];

  @ApiProperty({ type: [PhaseDto] })
  phases!: PhaseDto[];

  @ApiProperty({ type: [DocumentDto] })
  documents!: DocumentDto[];

  static detail(p: Procedure, phases: PhaseDto[], documents: DocumentDto[]): ProcedureDto {
    return {
      ...ProcedureSummaryDto.from(p, pickCurrentPhase(phases)),
      description: p.description,
      topics: p.topics,
      phases,
      documents,
    };
  }
}

export class ProcedureListDto {
  @ApiProperty({ type: [ProcedureSummaryDto] })
  items!: ProcedureSummaryDto[];

  @ApiProperty({ description: 'Number of procedures matching the filters' })
  total!: number;
}

/** The phase a visitor cares about: the open one, else the next upcoming, else the last closed. */
export function pickCurrentPhase(phases: PhaseDto[]): PhaseDto | null {
  const open = phases.filter((p) => p.state === 'open');
  if (open.length) return open[open.length - 1];
  const upcoming = phases.filter((p) => p.state === 'upcoming');
  if (upcoming.length) return upcoming[0];
  return phases.length ? phases[phases.length - 1] : null;
}
