import { Controller } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '../config/app-config.js';
import { Endpoint } from '../common/endpoint.js';

export class TileConfigDto {
  @ApiProperty({ example: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' })
  url!: string;

  @ApiProperty()
  attribution!: string;

  @ApiProperty({ example: 19 })
  maxZoom!: number;
}

export class MapConfigDto {
  @ApiProperty({
    description: '[lat, lng]',
    type: 'array',
    items: { type: 'number' },
    example: [51.4556, 7.0116],
  })
  center!: [number, number];

  @ApiProperty({ example: 11 })
  zoom!: number;
}

export class StatementConfigDto {
  @ApiProperty({
    example: 250,
    description: 'How far outside the plan area (metres) a statement may be placed',
  })
  areaBufferM!: number;
}

export class ClientConfigDto {
  @ApiProperty({ type: TileConfigDto })
  tiles!: TileConfigDto;

  @ApiProperty({ type: MapConfigDto })
  map!: MapConfigDto;

  @ApiProperty({ type: StatementConfigDto })
  statements!: StatementConfigDto;
}

/** What the browser client needs to know about this installation (tiles, map defaults). */
@ApiTags('config')
@Controller('config')
export class ClientConfigController {
  constructor(private readonly config: AppConfig) {}

  @Endpoint('GET', undefined, {
    access: 'public',
    summary: 'Client settings: map tiles, initial view, statement area buffer (public)',
  })
  @ApiOkResponse({ type: ClientConfigDto })
  get(): ClientConfigDto {
    return {
      tiles: this.config.tiles,
      map: this.config.map,
      statements: { areaBufferM: this.config.statements.areaBufferM },
    };
  }
}
