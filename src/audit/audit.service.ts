import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import type { SessionUser } from '../common/session-user.js';
import { AuditEntry } from './entities/audit-entry.entity.js';

export interface AuditRecord {
  actor: SessionUser | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** Writes an entry with the caller's EntityManager, so it commits with the change it logs. */
  async record(manager: EntityManager, record: AuditRecord): Promise<AuditEntry> {
    return manager.getRepository(AuditEntry).save({
      actorId: record.actor?.id ?? null,
      actorName: record.actor?.displayName || record.actor?.email || 'System',
      entityType: record.entityType,
      entityId: record.entityId,
      action: record.action,
      before: record.before ?? null,
      after: record.after ?? null,
      reason: record.reason ?? null,
    });
  }

  listFor(entityType: string, entityIds: string[], actions?: string[]): Promise<AuditEntry[]> {
    if (entityIds.length === 0) return Promise.resolve([]);
    return this.entries.find({
      where: { entityType, entityId: In(entityIds), ...(actions ? { action: In(actions) } : {}) },
      order: { at: 'ASC' },
    });
  }
}
