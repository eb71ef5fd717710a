import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** `limit` and `after` of a keyset-paginated list; extend it with the list's own filters. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'Cursor from the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

/**
 * `limit` and `offset` of a list read page by page (staff lists that jump to a page); extend the
 * returned class with the list's own filters.
 */
export function OffsetPageQuery(maxLimit = 200, defaultLimit = 50) {
  class OffsetPage {
    @ApiPropertyOptional({ minimum: 1, maximum: maxLimit, default: defaultLimit })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(maxLimit)
    limit?: number;

    @ApiPropertyOptional({ minimum: 0, default: 0 })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(0)
    @Max(1_000_000)
    offset?: number;
  }
  return OffsetPage;
}
