import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import type { AreaGeometry } from '../../geo/geometry.js';
import { IsAreaGeometry } from '../../geo/is-area.decorator.js';
import {
  PROCEDURE_STATUSES,
  PROCEDURE_TYPES,
  type ProcedureStatus,
  type ProcedureType,
} from '../procedure.types.js';
import { AreaGeometryDto } from './procedure.dto.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateProcedureDto {
  @ApiProperty({ example: 'BP-12-21', description: "The city's reference code" })
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Za-z0-9ÄÖÜäöü][A-Za-z0-9ÄÖÜäöü ./_-]{0,63}$/)
  reference!: string;

  @ApiProperty({ example: 'Bebauungsplan „Rüttenscheider Stern“', maxLength: 300 })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  title!: string;

  @ApiProperty({ enum: PROCEDURE_TYPES })
  @IsIn(PROCEDURE_TYPES)
  type!: ProcedureType;

  @ApiProperty({ example: 'Rüttenscheid', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  district!: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  summary?: string;

  @ApiPropertyOptional({ maxLength: 20000, description: 'Plain text' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({ type: [String], example: ['Verkehr', 'Grün', 'Wohnen'], maxItems: 30 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  topics?: string[];

  @ApiProperty({ type: AreaGeometryDto })
  @IsObject()
  @IsAreaGeometry()
  area!: AreaGeometry;
}

export class UpdateProcedureDto extends PartialType(CreateProcedureDto) {
  @ApiPropertyOptional({
    enum: PROCEDURE_STATUSES,
    description: 'draft → published → archived (and back to published)',
  })
  @IsOptional()
  @IsIn(PROCEDURE_STATUSES)
  status?: ProcedureStatus;
}
