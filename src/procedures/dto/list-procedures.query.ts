import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { OffsetPageQuery } from '../../common/page-query.js';
import type { BBox2D } from '../../geo/geometry.js';
import { IsBBox, parseBBox } from '../../geo/is-bbox.decorator.js';
import { PHASE_STATES, type PhaseState } from '../../phases/phase.types.js';
import {
  PROCEDURE_STATUSES,
  PROCEDURE_TYPES,
  PUBLIC_PROCEDURE_STATUSES,
  type ProcedureStatus,
  type ProcedureType,
  type PublicProcedureStatus,
} from '../procedure.types.js';

export class ListProceduresQuery extends OffsetPageQuery(500, 200) {
  @ApiPropertyOptional({ enum: PUBLIC_PROCEDURE_STATUSES, default: 'published' })
  @IsOptional()
  @IsIn(PUBLIC_PROCEDURE_STATUSES)
  status?: PublicProcedureStatus;

  @ApiPropertyOptional({
    enum: PHASE_STATES,
    description: 'Only procedures with a phase in this state now',
  })
  @IsOptional()
  @IsIn(PHASE_STATES)
  phase?: PhaseState;

  @ApiPropertyOptional({ example: 'Rüttenscheid' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  district?: string;

  @ApiPropertyOptional({ enum: PROCEDURE_TYPES })
  @IsOptional()
  @IsIn(PROCEDURE_TYPES)
  type?: ProcedureType;

  @ApiPropertyOptional({ description: 'Full-text search (German) in title, summary, description' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    description: 'minLon,minLat,maxLon,maxLat (WGS84); only procedures whose area intersects it',
    example: '6.95,51.40,7.05,51.50',
    type: String,
  })
  @IsOptional()
  @Transform(({ value }) => parseBBox(value))
  @IsBBox()
  bbox?: BBox2D;
}

/** The planning office's list: the same filters, drafts included. */
export class PlanningProceduresQuery extends OmitType(ListProceduresQuery, ['status'] as const) {
  @ApiPropertyOptional({ enum: PROCEDURE_STATUSES })
  @IsOptional()
  @IsIn(PROCEDURE_STATUSES)
  status?: ProcedureStatus;
}
