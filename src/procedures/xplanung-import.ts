import { ApiProperty } from '@nestjs/swagger';
import { AppError } from '../common/errors/app-error.js';
import { AreaGeometryDto } from './dto/procedure.dto.js';
import type { AreaGeometry } from '../geo/geometry.js';
import { PROCEDURE_TYPES, type ProcedureType } from './procedure.types.js';
import { parseXPlanGml, XPlanGmlError } from './xplanung/index.js';

export class XPlanungProposalDto {
  @ApiProperty({ description: 'Plan number, as reference proposal', example: '12/21' })
  reference!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: PROCEDURE_TYPES })
  type!: ProcedureType;

  @ApiProperty()
  district!: string;

  @ApiProperty({ type: AreaGeometryDto })
  area!: AreaGeometry;

  @ApiProperty({ example: 'EPSG:25832' })
  sourceCrs!: string;

  @ApiProperty({ example: 'http://www.xplanung.de/xplangml/6/0' })
  xplanVersion!: string;

  @ApiProperty({
    description: 'Procedure dates found in the file',
    type: 'object',
    additionalProperties: true,
  })
  dates!: Record<string, string | string[]>;
}

/** Reads an uploaded XPlanGML file into a proposal for a draft procedure (nothing is saved). */
export function proposeFromXPlanGml(file: { buffer: Buffer } | undefined): XPlanungProposalDto {
  if (!file) {
    throw AppError.field('VALIDATION_FAILED', 'file', 'isNotEmpty', {
      de: 'Bitte wählen Sie eine XPlanGML-Datei aus.',
      en: 'Please choose an XPlanGML file.',
    });
  }
  try {
    const plan = parseXPlanGml(file.buffer);
    return {
      reference: plan.number ?? '',
      title: plan.name,
      type: plan.kind === 'FP_Plan' ? 'fnp_aenderung' : 'bebauungsplan',
      district: plan.district ?? '',
      area: plan.area,
      sourceCrs: plan.sourceCrs,
      xplanVersion: plan.xplanVersion,
      dates: plan.dates,
    };
  } catch (error) {
    if (error instanceof XPlanGmlError) {
      throw new AppError('XPLANUNG_INVALID', {
        detail: error.messages,
        errors: [error.toFieldError()],
      });
    }
    throw error;
  }
}
