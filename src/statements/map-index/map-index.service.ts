import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Subscription } from 'rxjs';
import { AppError } from '../../common/errors/app-error.js';
import type { ModerationEvent } from '../../moderation/moderation.types.js';
import type { StatementEvent } from '../statement-events.js';
import { ModerationFeedService } from '../../moderation/moderation-feed.service.js';
import { ProceduresService } from '../../procedures/procedures.service.js';
import type { MapExcerptDto, MapQuery } from '../dto/statement.dto.js';
import { answerJson, MapIndexCache } from './map-index.js';
import { MapIndexRepository } from './map-index.repository.js';

/**
 * Browsers and proxies may keep a map answer for a second and use it for a few more while they
 * ask again (so a popular view costs one request per second per proxy); the ETag makes that
 * question a 304 without the database.
 */
export const MAP_CACHE_CONTROL = 'public, max-age=1, stale-while-revalidate=5';

/** Answer format version in the ETag: a new format never matches an old client's copy. */
const FORMAT = 'm1';

export interface MapAnswer {
  etag: string;
  /** The StatementMapDto as JSON text; absent when the client's copy is current (304). */
  json?: string;
}

/** Does an If-None-Match header name this ETag (weak comparison, RFC 9110 §13.1.2)? */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** What a feed event means for the map: removals must never be answered from an old index. */
export function mapChangeOf(
  event: ModerationEvent | StatementEvent,
): 'addition' | 'removal' | null {
  if (event.type === 'statement.decided') {
    return event.publicationStatus === 'published' ? 'addition' : 'removal';
  }
  if (event.type === 'statement.received' && event.publicationStatus === 'published') {
    return 'addition';
  }
  return null;
}

/**
 * The public map from a per-instance clustering index (ADR 0006), invalidated on every instance
 * by the moderation feed's LISTEN/NOTIFY channel.
 */
@Injectable()
export class MapIndexService implements OnApplicationBootstrap, OnModuleDestroy {
  readonly cache: MapIndexCache;
  private subscription: Subscription | null = null;

  constructor(
    private readonly repository: MapIndexRepository,
    procedures: ProceduresService,
    private readonly moduleRef: ModuleRef,
  ) {
    this.cache = new MapIndexCache({
      meta: async (procedureId) => {
        const procedure = await procedures.findById(procedureId);
        const visible = procedure?.status === 'published' || procedure?.status === 'archived';
        return { visible, version: visible ? await repository.version(procedureId) : 0 };
      },
      points: (procedureId, topic) => repository.points(procedureId, topic),
    });
  }

  /**
   * The moderation module (which imports this one) carries both channels' events; it is looked
   * up once the application is assembled, so the modules do not import each other.
   */
  onApplicationBootstrap(): void {
    const feed = this.moduleRef.get(ModerationFeedService, { strict: false });
    this.subscription = feed.changes.subscribe((event) => {
      const change = mapChangeOf(event);
      if (change) this.cache.changed(event.procedureId, change);
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  async map(
    procedureId: string,
    query: MapQuery,
    ifNoneMatch: string | undefined,
  ): Promise<MapAnswer> {
    const built = await this.cache.index(procedureId, query.topic);
    if (!built) throw new AppError('PROCEDURE_NOT_FOUND');
    const etag = `"${FORMAT}-${built.version}"`;
    if (matchesEtag(ifNoneMatch, etag)) return { etag };
    return { etag, json: answerJson(built, query.bbox, query.zoom) };
  }

  async excerpt(procedureId: string, statementId: string): Promise<MapExcerptDto> {
    const row = await this.repository.excerpt(procedureId, statementId);
    if (!row) throw new AppError('STATEMENT_NOT_FOUND');
    return {
      id: row.id,
      reference: row.reference,
      topic: row.topic,
      excerpt: row.excerpt,
      receivedAt: new Date(row.received_at).toISOString(),
    };
  }
}
