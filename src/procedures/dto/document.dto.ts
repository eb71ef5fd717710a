import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import type { ProcedureDocument } from '../entities/procedure-document.entity.js';
import { DOCUMENT_KINDS, type DocumentKind } from '../procedure.types.js';

export class UploadDocumentDto {
  @ApiProperty({ example: 'Begründung zum Bebauungsplan', maxLength: 300 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  title!: string;

  @ApiProperty({ enum: DOCUMENT_KINDS })
  @IsIn(DOCUMENT_KINDS)
  kind!: DocumentKind;
}

export class DocumentDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: DOCUMENT_KINDS })
  kind!: DocumentKind;

  @ApiProperty()
  filename!: string;

  @ApiProperty({ example: 'application/pdf' })
  mediaType!: string;

  @ApiProperty({ description: 'Bytes' })
  size!: number;

  @ApiProperty({ example: '/api/documents/…' })
  url!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(d: ProcedureDocument): DocumentDto {
    return {
      id: d.id,
      title: d.title,
      kind: d.kind,
      filename: d.filename,
      mediaType: d.mediaType,
      size: d.size,
      url: `/api/documents/${d.id}`,
      createdAt: d.createdAt.toISOString(),
    };
  }
}
