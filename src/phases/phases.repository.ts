import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Phase } from './entities/phase.entity.js';
import { lateSql } from './phase-window.js';
import type { PhaseState } from './phase.types.js';

/** The state of a phase by the database clock; the one definition used everywhere. */
const STATE_SQL = `CASE WHEN now() < ph.opens_at THEN 'upcoming' WHEN NOT ${lateSql('now()', 'ph.closes_at')} THEN 'open' ELSE 'closed' END`;

/** A phase with its state and the database's clock at reading. */
export interface PhaseWithState {
  phase: Phase;
  state: PhaseState;
  now: Date;
}

interface StateRow {
  state: PhaseState;
  db_now: Date;
}

/** The SQL of the `phases` table (ADR 0005). */
@Injectable()
export class PhasesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async countRepublications(manager: EntityManager, procedureId: string): Promise<number> {
    const [{ count }] = await manager.query<{ count: string }[]>(
      `SELECT count(*) FROM phases WHERE procedure_id = $1 AND kind = 'republication'`,
      [procedureId],
    );
    return Number(count);
  }

  /** One phase with its state, locked for update when `lock`; null when there is none. */
  async load(manager: EntityManager, id: string, lock = false): Promise<PhaseWithState | null> {
    const qb = manager
      .getRepository(Phase)
      .createQueryBuilder('ph')
      .addSelect(STATE_SQL, 'state')
      .addSelect('now()', 'db_now')
      .where('ph.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const { entities, raw } = await qb.getRawAndEntities<StateRow>();
    if (!entities[0]) return null;
    return { phase: entities[0], state: raw[0].state, now: new Date(raw[0].db_now) };
  }

  async openNow(manager: EntityManager, id: string, startDate: string): Promise<void> {
    await manager.query(
      `UPDATE phases SET opens_at = now(), start_date = $2, updated_at = now() WHERE id = $1`,
      [id, startDate],
    );
  }

  async closeNow(manager: EntityManager, id: string, endDate: string): Promise<void> {
    await manager.query(
      `UPDATE phases SET closes_at = now(), end_date = $2, updated_at = now() WHERE id = $1`,
      [id, endDate],
    );
  }

  /** Phases of several procedures, by opening time. */
  async listForProcedures(procedureIds: string[]): Promise<PhaseWithState[]> {
    const { entities, raw } = await this.dataSource
      .getRepository(Phase)
      .createQueryBuilder('ph')
      .addSelect(STATE_SQL, 'state')
      .addSelect('now()', 'db_now')
      .where('ph.procedure_id IN (:...procedureIds)', { procedureIds })
      .orderBy('ph.opens_at', 'ASC')
      .getRawAndEntities<StateRow>();
    return entities.map((phase, i) => ({
      phase,
      state: raw[i].state,
      now: new Date(raw[i].db_now),
    }));
  }

  async procedureIdsInState(state: PhaseState): Promise<string[]> {
    const rows = await this.dataSource.query<{ procedure_id: string }[]>(
      `SELECT DISTINCT ph.procedure_id FROM phases ph WHERE ${STATE_SQL} = $1`,
      [state],
    );
    return rows.map((r) => r.procedure_id);
  }
}
