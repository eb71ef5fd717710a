import { LRUCache } from 'lru-cache';
import Supercluster from 'supercluster';
import type { MapPointRow } from './map-index.repository.js';

/**
 * Clustering of one procedure's published points (ADR 0006): kd-trees per zoom level
 * (supercluster), so a map view is answered in about a millisecond instead of re-aggregating
 * every row in PostgreSQL. Radius in pixels of a 512-pixel extent, i.e. 30 screen pixels on
 * 256-pixel tiles; clusters up to zoom 17, single points from 18.
 */
export const CLUSTER_OPTIONS = { radius: 60, extent: 512, maxZoom: 17, minPoints: 2 } as const;

/** At most this many points in all indexes of one instance; the coldest go first (LRU). */
export const DEFAULT_MAX_POINTS = 2_000_000;

/** How long an answer waits for a rebuild after an addition before the old index answers. */
const ADDITION_WAIT_MS = 50;

export type BBox = [number, number, number, number];
type Position = [number, number];

export interface MapAnswerBody {
  mode: 'clusters' | 'features';
  clusters: { position: Position; count: number; expansionZoom: number }[];
  features: { id: string; position: Position }[];
  total: number;
}

export interface BuiltIndex {
  version: number;
  points: number;
  index: Supercluster<{ id: string }>;
  /**
   * Expansion zoom per cluster id, computed on first use: walking down a dense cluster's
   * children costs milliseconds, and a popular view asks for the same clusters again and again.
   */
  expansionZooms: Map<number, number>;
  /** Serialised answers of recent views (zoom and box), the same for everyone on this version. */
  answers: LRUCache<string, string>;
}

/** Views whose serialised answer each index keeps. */
const ANSWERS_KEPT = 256;

/** What the index needs of the database; MapIndexService wires the repository in. */
export interface MapIndexSource {
  /** The procedure is publicly visible, and its publication version. */
  meta(procedureId: string): Promise<{ visible: boolean; version: number }>;
  points(
    procedureId: string,
    topic: string | undefined,
  ): Promise<{ version: number; rows: MapPointRow[] }>;
}

interface Meta {
  visible: boolean;
  version: number;
  checkedAt: number;
  /** Set by an event: the version must be read again before the next answer. */
  stale: boolean;
  /**
   * Every change since the index was built only added statements (or changed texts): the old
   * index may answer while a new one is built in the background. A removal clears it.
   */
  additionsOnly: boolean;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

export function buildIndex(version: number, rows: MapPointRow[]): BuiltIndex {
  const index = new Supercluster<{ id: string }>(CLUSTER_OPTIONS);
  index.load(
    rows.map((r) => ({
      type: 'Feature' as const,
      properties: { id: r.id },
      geometry: { type: 'Point' as const, coordinates: [Number(r.x), Number(r.y)] },
    })),
  );
  return {
    version,
    points: rows.length,
    index,
    expansionZooms: new Map(),
    answers: new LRUCache({ max: ANSWERS_KEPT }),
  };
}

/** The answer for a view as JSON text, from the index's recent answers where it is there. */
export function answerJson(built: BuiltIndex, bbox: BBox, zoom: number): string {
  const key = `${zoom}|${bbox.join(',')}`;
  let json = built.answers.get(key);
  if (json === undefined) {
    json = JSON.stringify(answer(built, bbox, zoom));
    built.answers.set(key, json);
  }
  return json;
}

/** Clusters (with the zoom at which they split) and single points (id and place only). */
export function answer(built: BuiltIndex, bbox: BBox, zoom: number): MapAnswerBody {
  const body: MapAnswerBody = { mode: 'features', clusters: [], features: [], total: 0 };
  for (const item of built.index.getClusters(bbox, zoom)) {
    const [x, y] = item.geometry.coordinates;
    const position: Position = [round6(x), round6(y)];
    const props = item.properties;
    if ('cluster' in props && props.cluster) {
      let expansionZoom = built.expansionZooms.get(props.cluster_id);
      if (expansionZoom === undefined) {
        expansionZoom = built.index.getClusterExpansionZoom(props.cluster_id);
        built.expansionZooms.set(props.cluster_id, expansionZoom);
      }
      body.clusters.push({ position, count: props.point_count, expansionZoom });
      body.total += props.point_count;
    } else {
      body.features.push({ id: (props as { id: string }).id, position });
      body.total += 1;
    }
  }
  if (body.clusters.length > 0) body.mode = 'clusters';
  return body;
}

/**
 * Per-instance cache of clustering indexes, one per procedure and topic filter, with the
 * procedure's publication version. It answers without the database while nothing changed;
 * `changed` (fed from the LISTEN/NOTIFY channel on every instance) invalidates it:
 * a removal (reject, unpublish) drops the index at once, so no later answer can contain the
 * statement; an addition lets the old index answer until the new one is built in the background.
 */
export class MapIndexCache {
  private readonly metas = new Map<string, Meta>();
  private readonly metaLoads = new Map<string, Promise<Meta>>();
  private readonly indexes: LRUCache<string, BuiltIndex>;
  private readonly builds = new Map<string, Promise<BuiltIndex>>();
  /** Raised by every removal; a build that saw another generation starts again. */
  private readonly generations = new Map<string, number>();
  /** Raised by every change; a version read that saw another count is stale at once. */
  private readonly changes = new Map<string, number>();

  constructor(
    private readonly source: MapIndexSource,
    private readonly options: { maxPoints?: number; metaTtlMs?: number; now?: () => number } = {},
  ) {
    this.indexes = new LRUCache<string, BuiltIndex>({
      maxSize: options.maxPoints ?? DEFAULT_MAX_POINTS,
      sizeCalculation: (built) => built.points + 1,
    });
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private generation(procedureId: string): number {
    return this.generations.get(procedureId) ?? 0;
  }

  /** A publication change of one procedure, from any instance. */
  changed(procedureId: string, kind: 'addition' | 'removal'): void {
    this.changes.set(procedureId, (this.changes.get(procedureId) ?? 0) + 1);
    if (kind === 'removal') {
      this.generations.set(procedureId, this.generation(procedureId) + 1);
      this.metas.delete(procedureId);
      for (const key of [...this.indexes.keys()]) {
        if (key.startsWith(`${procedureId}|`)) this.indexes.delete(key);
      }
      return;
    }
    const meta = this.metas.get(procedureId);
    if (meta) meta.stale = true;
  }

  private async meta(procedureId: string): Promise<Meta> {
    const cached = this.metas.get(procedureId);
    const ttl = this.options.metaTtlMs ?? 10_000;
    if (cached && !cached.stale && this.now() - cached.checkedAt < ttl) return cached;
    const pending = this.metaLoads.get(procedureId);
    if (pending) return pending;
    const load = (async () => {
      const generation = this.generation(procedureId);
      const seen = this.changes.get(procedureId);
      const { visible, version } = await this.source.meta(procedureId);
      const meta: Meta = {
        visible,
        version,
        checkedAt: this.now(),
        // A change announced while reading: the version may predate it.
        stale: seen !== this.changes.get(procedureId),
        // Only an event-announced addition may be served from the old index meanwhile.
        additionsOnly:
          cached !== undefined && cached.stale && generation === this.generation(procedureId),
      };
      if (generation === this.generation(procedureId)) this.metas.set(procedureId, meta);
      return meta;
    })().finally(() => this.metaLoads.delete(procedureId));
    this.metaLoads.set(procedureId, load);
    return load;
  }

  /**
   * The index to answer from, or null when the procedure is not public. The index's version is
   * the ETag's basis.
   */
  async index(procedureId: string, topic: string | undefined): Promise<BuiltIndex | null> {
    const meta = await this.meta(procedureId);
    if (!meta.visible) return null;
    const key = `${procedureId}|${topic ?? ''}`;
    const built = this.indexes.get(key);
    if (built && built.version >= meta.version) return built;
    if (built && meta.additionsOnly) {
      // A small index is rebuilt before the answer; a large one answers from the old index
      // (which lacks only the newest statements) until the new one is ready.
      const fresh = this.build(key, procedureId, topic);
      const waited = await Promise.race([
        fresh.catch(() => built),
        new Promise<null>((resolve) => setTimeout(resolve, ADDITION_WAIT_MS, null)),
      ]);
      return waited ?? built;
    }
    return this.build(key, procedureId, topic);
  }

  private build(key: string, procedureId: string, topic: string | undefined): Promise<BuiltIndex> {
    const running = this.builds.get(key);
    if (running) return running;
    const build = (async () => {
      for (let attempt = 0; ; attempt += 1) {
        const generation = this.generation(procedureId);
        const { version, rows } = await this.source.points(procedureId, topic);
        const built = buildIndex(version, rows);
        // A removal while reading: the rows may still hold the removed statement.
        if (generation === this.generation(procedureId) || attempt >= 10) {
          this.indexes.set(key, built);
          return built;
        }
      }
    })().finally(() => this.builds.delete(key));
    this.builds.set(key, build);
    return build;
  }

  /** Indexes held and their points, for the benchmark and diagnostics. */
  stats(): { indexes: number; points: number } {
    let points = 0;
    for (const built of this.indexes.values()) points += built.points;
    return { indexes: this.indexes.size, points };
  }
}
