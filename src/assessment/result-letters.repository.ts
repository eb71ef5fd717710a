import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CURSOR_AT_SQL } from '../common/keyset-cursor.js';
import type { PhaseKind } from '../phases/phase.types.js';
import type { AssessmentResult } from './assessment.types.js';

export interface LetterRow {
  id: string;
  reference: string;
  text: string;
  received_at: Date;
  phase_title: string;
  phase_kind: PhaseKind;
  submitter_type: 'anonymous' | 'named';
  result: AssessmentResult;
  response: string;
  public_notice: boolean | null;
  name: string | null;
  organisation: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  email: string | null;
}

export interface PreviewCounts {
  mails: number;
  post: number;
  notice: number;
  anonymous: number;
  open: number;
}

/** The SQL of result letters (statements, submitters and groups are only read here). */
@Injectable()
export class ResultLettersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The next assessed statements with what their letter needs, locked for the transaction. */
  nextBatch(manager: EntityManager, procedureId: string, size: number): Promise<LetterRow[]> {
    return manager.query<LetterRow[]>(
      `SELECT s.id, s.reference, s.text, s.received_at, s.submitter_type, a.result, a.response,
              ph.title AS phase_title, ph.kind AS phase_kind,
              g.public_notice, sub.name, sub.organisation, sub.street, sub.postcode, sub.city, sub.email
       FROM statements s
       JOIN phases ph ON ph.id = s.phase_id
       JOIN assessments a ON a.statement_id = s.id AND a.result IS NOT NULL
       LEFT JOIN statement_groups g ON g.id = a.group_id
       LEFT JOIN statement_submitters sub ON sub.statement_id = s.id
       WHERE s.procedure_id = $1 AND s.processing_status = 'assessed'
       ORDER BY s.received_at, s.id LIMIT ${size}
       FOR UPDATE OF s`,
      [procedureId],
    );
  }

  /** What sending would do: letters by mail and by post, public notices, anonymous, not assessed. */
  async previewCounts(procedureId: string): Promise<PreviewCounts> {
    const [c] = await this.dataSource.query<PreviewCounts[]>(
      `SELECT count(*) FILTER (WHERE a.result IS NOT NULL AND s.processing_status = 'assessed' AND NOT coalesce(g.public_notice, false)
                              AND s.submitter_type = 'named' AND sub.name IS NOT NULL AND sub.email IS NOT NULL)::int AS mails,
              count(*) FILTER (WHERE a.result IS NOT NULL AND s.processing_status = 'assessed' AND NOT coalesce(g.public_notice, false)
                              AND s.submitter_type = 'named' AND sub.name IS NOT NULL AND sub.email IS NULL)::int AS post,
              count(*) FILTER (WHERE a.result IS NOT NULL AND s.processing_status = 'assessed' AND coalesce(g.public_notice, false))::int AS notice,
              count(*) FILTER (WHERE a.result IS NOT NULL AND s.processing_status = 'assessed' AND NOT coalesce(g.public_notice, false)
                              AND (s.submitter_type = 'anonymous' OR sub.name IS NULL))::int AS anonymous,
              count(*) FILTER (WHERE s.processing_status IN ('received', 'in_review'))::int AS open
       FROM statements s
       LEFT JOIN assessments a ON a.statement_id = s.id
       LEFT JOIN statement_groups g ON g.id = a.group_id
       LEFT JOIN statement_submitters sub ON sub.statement_id = s.id
       WHERE s.procedure_id = $1`,
      [procedureId],
    );
    return c;
  }

  async countNotAssessed(manager: EntityManager, procedureId: string): Promise<number> {
    const [{ n }] = await manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM statements
       WHERE procedure_id = $1 AND processing_status IN ('received', 'in_review')`,
      [procedureId],
    );
    return n;
  }

  async insertLetter(
    manager: EntityManager,
    statementId: string,
    tokenHash: string,
    pdf: Buffer,
  ): Promise<{ id: string }> {
    const [letter] = await manager.query<{ id: string }[]>(
      `INSERT INTO result_letters (statement_id, token_hash, pdf) VALUES ($1, $2, $3) RETURNING id`,
      [statementId, tokenHash, pdf],
    );
    return letter;
  }

  async letter(
    id: string,
  ): Promise<{ pdf: Buffer; token_hash: string; reference: string } | undefined> {
    const [row] = await this.dataSource.query<
      { pdf: Buffer; token_hash: string; reference: string }[]
    >(
      `SELECT l.pdf, l.token_hash, s.reference FROM result_letters l JOIN statements s ON s.id = l.statement_id
       WHERE l.id = $1`,
      [id],
    );
    return row;
  }

  /** Communicated results, keyset-paginated; `size` rows after `after`. */
  publicResults(procedureId: string, after: { at: string; id: string } | null, size: number) {
    return this.dataSource.query<
      {
        id: string;
        reference: string;
        topic: string | null;
        text: string;
        cursor_at: string;
        result: AssessmentResult;
        response: string;
        signatories: number;
        public_notice: boolean;
      }[]
    >(
      `SELECT s.id, s.reference, s.topic, ${CURSOR_AT_SQL} AS cursor_at, a.result, a.response,
              CASE WHEN s.publication_status = 'published' THEN coalesce(s.published_text, s.text) ELSE '' END AS text,
              coalesce(g.size, 1) AS signatories, coalesce(g.public_notice, false) AS public_notice
       FROM statements s
       JOIN assessments a ON a.statement_id = s.id AND a.result IS NOT NULL
       LEFT JOIN statement_groups g ON g.id = a.group_id
       WHERE s.procedure_id = $1 AND s.processing_status = 'result_sent'
         AND ($2::timestamptz IS NULL OR (s.received_at, s.id) > ($2::timestamptz, $3::uuid))
       ORDER BY s.received_at, s.id LIMIT $4`,
      [procedureId, after?.at ?? null, after?.id ?? null, size],
    );
  }
}
