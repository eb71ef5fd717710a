import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

export class MessagesDto {
  @ApiProperty({ example: 'Die Anfrage enthält ungültige Angaben.' })
  de!: string;

  @ApiProperty({ example: 'The request contains invalid data.' })
  en!: string;
}

export class FieldErrorDto {
  @ApiProperty({ example: 'bbox' })
  field!: string;

  @ApiProperty({ example: 'isBBox' })
  code!: string;

  @ApiProperty()
  message!: string;

  @ApiProperty({ type: () => MessagesDto })
  messages!: MessagesDto;
}

/** RFC 9457 problem details, as every error of the API is answered. */
export class ProblemDto {
  @ApiProperty({ example: 'https://mitplanen.de/problems/validation-failed' })
  type!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  status!: number;

  @ApiProperty()
  detail!: string;

  @ApiProperty()
  instance!: string;

  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable machine-readable code' })
  code!: string;

  @ApiProperty({ type: () => MessagesDto, description: 'The detail in German and English' })
  messages!: MessagesDto;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `errors` names each field',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  422: 'Semantically invalid input; `errors` names the field',
  429: 'Too many requests',
  503: 'Database temporarily unavailable; retry',
};

/** Documents the problem+json answers of a route. */
export function ApiProblemResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } },
        },
      }),
    ),
  );
}
