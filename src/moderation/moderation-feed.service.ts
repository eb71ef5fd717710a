import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { interval, map, merge, Observable, startWith, Subject } from 'rxjs';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { EmbeddedDataSource } from '../database/database.module.js';
import { STATEMENT_EVENTS_CHANNEL, type StatementEvent } from '../statements/statement-events.js';
import { MODERATION_CHANNEL, type ModerationEvent } from './feed-channel.js';

/**
 * The feed carries moderation's own events and the events the statements module publishes
 * (a new statement), each on its owner's channel.
 */
const CHANNELS = [MODERATION_CHANNEL, STATEMENT_EVENTS_CHANNEL];

export interface FeedMessage {
  type: string;
  data: ModerationEvent | StatementEvent | Record<string, never>;
}

/**
 * Fans the moderation feed out to this instance's server-sent-event streams. Events arrive by
 * PostgreSQL LISTEN on a connection of its own (reconnecting by itself), so an event committed
 * on any instance reaches every moderator; there is no in-memory bus between instances.
 */
@Injectable()
export class ModerationFeedService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ModerationFeed');
  private readonly events = new Subject<ModerationEvent | StatementEvent>();
  private readonly local = new Subject<ModerationEvent>();
  /**
   * Every event as it reaches this instance, for caches that invalidate from it (the map index):
   * those committed here also right after their commit, before their NOTIFY comes back.
   */
  readonly changes: Observable<ModerationEvent | StatementEvent> = merge(this.events, this.local);
  private client: pg.Client | null = null;
  private stopEmbedded: (() => Promise<void>) | null = null;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.dataSource instanceof EmbeddedDataSource) {
      const pglite = this.dataSource.pglite;
      const stops = await Promise.all(
        CHANNELS.map((channel) => pglite.listen(channel, (payload) => this.receive(payload))),
      );
      this.stopEmbedded = async () => {
        await Promise.all(stops.map((stop) => stop()));
      };
      return;
    }
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped || this.config.database.kind !== 'postgres') return;
    const client = new pg.Client({
      connectionString: this.config.database.url,
      application_name: 'mitplanen-feed',
    });
    client.on('notification', (message) => {
      if (CHANNELS.includes(message.channel) && message.payload) this.receive(message.payload);
    });
    client.on('error', (error) => {
      this.logger.warn(`feed connection lost: ${error.message}; reconnecting`);
      this.reconnectSoon(client);
    });
    client.on('end', () => this.reconnectSoon(client));
    try {
      await client.connect();
      await client.query(CHANNELS.map((channel) => `LISTEN ${channel}`).join('; '));
      this.client = client;
    } catch (error) {
      this.logger.warn(
        `feed could not listen: ${error instanceof Error ? error.message : String(error)}; retrying`,
      );
      this.reconnectSoon(client);
    }
  }

  private reconnectSoon(client: pg.Client): void {
    if (this.client === client) this.client = null;
    client.removeAllListeners();
    client.end().catch(() => undefined);
    if (!this.stopped) setTimeout(() => void this.connect(), 1000).unref();
  }

  private receive(payload: string): void {
    try {
      this.events.next(JSON.parse(payload) as ModerationEvent | StatementEvent);
    } catch {
      this.logger.warn('ignored a malformed feed event');
    }
  }

  /** An event committed by this instance, for `changes` only (its NOTIFY feeds the streams). */
  announceLocally(event: ModerationEvent): void {
    this.local.next(event);
  }

  /**
   * Events for one SSE stream: first `ready` (the stream is subscribed, nothing from now on is
   * missed; clients reload their queue then), and a ping every 15 s to keep proxies open.
   */
  stream(): Observable<FeedMessage> {
    return merge(
      this.events.pipe(map((event): FeedMessage => ({ type: event.type, data: event }))),
      interval(15_000).pipe(map((): FeedMessage => ({ type: 'ping', data: {} }))),
    ).pipe(startWith<FeedMessage>({ type: 'ready', data: {} }));
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.events.complete();
    this.local.complete();
    await this.stopEmbedded?.().catch(() => undefined);
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners();
      await client.end().catch(() => undefined);
    }
  }
}
