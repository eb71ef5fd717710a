import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { fileTypeFromBuffer } from 'file-type';
import { DataSource, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { SessionUser } from '../common/session-user.js';
import { AppError } from '../common/errors/app-error.js';
import { FileStorage } from '../storage/file-storage.js';
import { DocumentDto, type UploadDocumentDto } from './dto/document.dto.js';
import { ProcedureDocument } from './entities/procedure-document.entity.js';
import { Procedure } from './entities/procedure.entity.js';
import { DOCUMENT_MEDIA_TYPES, PUBLIC_PROCEDURE_STATUSES } from './procedure.types.js';

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** Detects the type from the file's first bytes; refuses what is not an allowed document. */
export async function detectDocumentType(buffer: Buffer): Promise<string> {
  const type = await fileTypeFromBuffer(buffer);
  if (!type || !(DOCUMENT_MEDIA_TYPES as readonly string[]).includes(type.mime)) {
    throw AppError.field('FILE_TYPE_NOT_ALLOWED', 'file', 'mediaType', {
      de: `Erlaubt sind PDF, PNG und JPEG; diese Datei ist ${type ? type.mime : 'von unbekanntem Typ'}.`,
      en: `Allowed are PDF, PNG and JPEG; this file is ${type ? type.mime : 'of unknown type'}.`,
    });
  }
  return type.mime;
}

@Injectable()
export class DocumentsService {
  constructor(
    @InjectRepository(ProcedureDocument) private readonly documents: Repository<ProcedureDocument>,
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  async upload(
    actor: SessionUser,
    procedureId: string,
    dto: UploadDocumentDto,
    file: UploadedFile | undefined,
  ): Promise<DocumentDto> {
    if (!file || file.size === 0) {
      throw AppError.field('VALIDATION_FAILED', 'file', 'isNotEmpty', {
        de: 'Bitte wählen Sie eine Datei aus.',
        en: 'Please choose a file.',
      });
    }
    const procedure = await this.dataSource.getRepository(Procedure).findOneBy({ id: procedureId });
    if (!procedure) throw new AppError('PROCEDURE_NOT_FOUND');
    const mediaType = await detectDocumentType(file.buffer);
    const id = randomUUID();
    const storageKey = `documents/${procedureId}/${id}`;
    await this.storage.put(storageKey, file.buffer);
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        const document = await manager.getRepository(ProcedureDocument).save({
          id,
          procedureId,
          title: dto.title,
          kind: dto.kind,
          filename: file.originalname.replace(/[\\/\r\n"]/g, '_').slice(0, 255) || 'dokument',
          mediaType,
          size: file.size,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          storageKey,
        });
        await this.audit.record(manager, {
          actor,
          entityType: 'procedure',
          entityId: procedureId,
          action: 'document.added',
          after: { documentId: id, title: dto.title, kind: dto.kind, mediaType, size: file.size },
        });
        return document;
      });
      return DocumentDto.from(saved);
    } catch (error) {
      await this.storage.remove(storageKey);
      throw error;
    }
  }

  async listFor(procedureIds: string[]): Promise<Map<string, DocumentDto[]>> {
    const rows = procedureIds.length
      ? await this.documents.find({
          where: { procedureId: In(procedureIds) },
          order: { createdAt: 'ASC' },
        })
      : [];
    const map = new Map<string, DocumentDto[]>();
    for (const row of rows)
      map.set(row.procedureId, [...(map.get(row.procedureId) ?? []), DocumentDto.from(row)]);
    return map;
  }

  /** Public when its procedure is public; staff with the planner role see every document. */
  async open(
    id: string,
    user: SessionUser | undefined,
  ): Promise<{ document: ProcedureDocument; stream: Readable; size: number; isPublic: boolean }> {
    const document = await this.documents.findOne({
      where: { id },
      relations: { procedure: true },
    });
    const isPublic = (PUBLIC_PROCEDURE_STATUSES as readonly string[]).includes(
      document?.procedure?.status ?? '',
    );
    if (!document || (!isPublic && !user?.roles.includes('planner')))
      throw new AppError('DOCUMENT_NOT_FOUND');
    const { stream, size } = await this.storage.open(document.storageKey);
    return { document, stream, size, isPublic };
  }

  async remove(actor: SessionUser, id: string): Promise<void> {
    const document = await this.documents.findOneBy({ id });
    if (!document) throw new AppError('DOCUMENT_NOT_FOUND');
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ProcedureDocument).delete(id);
      await this.audit.record(manager, {
        actor,
        entityType: 'procedure',
        entityId: document.procedureId,
        action: 'document.removed',
        before: { documentId: id, title: document.title, sha256: document.sha256 },
      });
    });
    await this.storage.remove(document.storageKey);
  }
}
