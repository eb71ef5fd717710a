import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { create as contentDisposition } from 'content-disposition';
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { SessionUser } from '../common/session-user.js';
import { boundingBox } from '../geo/geometry.js';
import type { Procedure } from '../procedures/entities/procedure.entity.js';
import { AssessmentService } from './assessment.service.js';
import { ExportsRepository } from './exports.repository.js';
import type { ExportKind, ExportVariant } from './assessment.types.js';
import {
  csvLine,
  EXPORT_COLUMNS,
  jsonValue,
  SUBMITTER_COLUMNS,
  TEXT_SOURCE_COLUMNS,
  xlsxCell,
  type ExportColumn,
  type ExportRow,
} from './export-columns.js';
import { anonymiseRow } from './export-text.js';
import { AssessmentReport } from './export-pdf.js';

/** Rows per round trip: memory stays flat however many statements a procedure has. */
const BATCH = 1000;

/** More located statements than this are drawn as grid clusters, not numbered points. */
const MAX_NUMBERED_POINTS = 300;

const CONTENT_TYPES: Record<ExportKind, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8; header=present',
  pdf: 'application/pdf',
  geojson: 'application/geo+json; charset=utf-8',
};

/** The next 'drain' – or the end of a client that went away, which never drains. */
const drain = (stream: Writable) =>
  Promise.race([once(stream, 'drain'), once(stream, 'close')]).then(() => undefined);

/** Waits while the client is slower than we read: the socket's buffer never grows unbounded. */
async function drained(stream: Writable): Promise<void> {
  if (stream.writableNeedDrain && !stream.destroyed) await drain(stream);
}

/**
 * pdfkit pushes its output without regard to backpressure, so what it buffered for a slow
 * client would pile up in the document stream: wait until that has gone out, too.
 */
async function flushed(source: Readable, target: Writable): Promise<void> {
  while (source.readableLength > 256 * 1024 && !target.destroyed) {
    if (target.writableNeedDrain) await drain(target);
    else await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Exports of the Abwägung for the council, streamed: rows are read in keyset batches and
 * written as they come, in constant memory, whatever the number of statements.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessment: AssessmentService,
    private readonly audit: AuditService,
    private readonly repository: ExportsRepository,
  ) {}

  async export(
    actor: SessionUser,
    procedureId: string,
    kind: ExportKind,
    variant: ExportVariant,
    response: Response,
  ): Promise<void> {
    const procedure = await this.assessment.procedure(procedureId);
    const named = variant === 'named_internal';
    const total = await this.repository.countStatements(procedureId);
    if (named) {
      // Logged before a single row leaves the server: who took personal data, when, in what form.
      await this.audit.record(this.dataSource.manager, {
        actor,
        entityType: 'procedure',
        entityId: procedureId,
        action: 'export.named_internal',
        after: { kind, statements: total },
      });
    }
    const filename = `Abwaegung-${procedure.reference.replace(/[^A-Za-z0-9-]+/g, '_')}-${named ? 'intern' : 'anonymisiert'}.${kind}`;
    response.status(200);
    response.setHeader('Content-Type', CONTENT_TYPES[kind]);
    response.setHeader('Content-Disposition', contentDisposition(filename));
    response.setHeader('Cache-Control', 'no-store');
    // Lets the client show progress for long exports (the body has no Content-Length).
    response.setHeader('X-Export-Rows', String(total));
    const columns = [...EXPORT_COLUMNS, ...(named ? SUBMITTER_COLUMNS : TEXT_SOURCE_COLUMNS)];
    const rows = this.rows(procedureId, named, kind === 'geojson');
    try {
      switch (kind) {
        case 'csv':
          return await this.csv(rows, columns, response);
        case 'xlsx':
          return await this.xlsx(rows, columns, response);
        case 'geojson':
          return await this.geojson(rows, columns, response);
        case 'pdf':
          return await this.pdf(procedure, named, total, rows, response);
      }
    } catch (error) {
      // The head is sent: the client sees a broken download, never a half file that looks whole.
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Every statement of the procedure in (received_at, id) order, a batch at a time. */
  private async *rows(
    procedureId: string,
    named: boolean,
    withGeometry: boolean,
  ): AsyncGenerator<ExportRow[]> {
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const batch = await this.repository.batch(
        procedureId,
        { named, withGeometry, limit: BATCH },
        after,
      );
      if (batch.length === 0) return;
      // Anonymised: never an unpublished original as it is (docs/domain.md#4-data-protection).
      yield named ? batch : batch.map(anonymiseRow);
      if (batch.length < BATCH) return;
      const last = batch[batch.length - 1];
      after = { at: last.cursor_at, id: last.id };
    }
  }

  private async csv(
    rows: AsyncGenerator<ExportRow[]>,
    columns: ExportColumn[],
    response: Response,
  ): Promise<void> {
    // The byte order mark makes spreadsheet programs read the file as UTF-8.
    response.write(`\uFEFF${csvLine(columns.map((c) => c.header))}`);
    for await (const batch of rows) {
      response.write(batch.map((r) => csvLine(columns.map((c) => c.value(r)))).join(''));
      await drained(response);
    }
    response.end();
  }

  private async xlsx(
    rows: AsyncGenerator<ExportRow[]>,
    columns: ExportColumn[],
    response: Response,
  ): Promise<void> {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: response,
      useSharedStrings: false,
      useStyles: true,
    });
    workbook.creator = 'Mitplanen';
    const sheet = workbook.addWorksheet('Abwägung', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width,
      style: c.numFmt ? { numFmt: c.numFmt } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    // The zip (archiver) inside exceljs pushes as pdfkit does; its buffer is what to watch.
    const zip = (workbook as unknown as { zip?: Readable }).zip;
    for await (const batch of rows) {
      for (const r of batch) sheet.addRow(columns.map((c) => xlsxCell(c.value(r)))).commit();
      await (zip ? flushed(zip, response) : drained(response));
    }
    sheet.commit();
    await workbook.commit();
  }

  private async geojson(
    rows: AsyncGenerator<ExportRow[]>,
    columns: ExportColumn[],
    response: Response,
  ): Promise<void> {
    response.write('{"type":"FeatureCollection","features":[');
    let first = true;
    for await (const batch of rows) {
      const chunk = batch.map((r) => {
        const properties = Object.fromEntries(columns.map((c) => [c.key, jsonValue(c.value(r))]));
        const json = JSON.stringify({
          type: 'Feature',
          id: r.reference,
          geometry: r.geometry ?? null,
          properties,
        });
        const out = first ? json : `,${json}`;
        first = false;
        return out;
      });
      response.write(chunk.join(''));
      await drained(response);
    }
    response.end(']}');
  }

  private async pdf(
    procedure: Procedure,
    named: boolean,
    total: number,
    rows: AsyncGenerator<ExportRow[]>,
    response: Response,
  ): Promise<void> {
    const areaBox = boundingBox(procedure.area);
    // A grid of about 150 cells across the area: bounded work however many points there are.
    const cell = Math.max(areaBox[2] - areaBox[0], areaBox[3] - areaBox[1]) / 150 || 0.001;
    const points = await this.repository.gridPoints(procedure.id, cell);
    // Up to this many located statements, each gets its table number on the map.
    const numbered = await this.repository.numberedPoints(procedure.id, MAX_NUMBERED_POINTS + 1);
    const byResult = await this.repository.countByResult(procedure.id);
    const groups = await this.repository.largestGroups(procedure.id);
    const report = new AssessmentReport({
      title: procedure.title,
      reference: procedure.reference,
      area: procedure.area,
      areaBox,
      named,
      total,
      byResult: Object.fromEntries(byResult.map((r) => [r.key ?? 'none', r.n])),
      groups,
      points: points.map((p) => [Number(p.x), Number(p.y), p.n]),
      numbered:
        numbered.length > MAX_NUMBERED_POINTS
          ? null
          : numbered.map((p) => ({ n: p.n, lon: Number(p.x), lat: Number(p.y) })),
    });
    report.doc.pipe(response);
    for await (const batch of rows) {
      for (const r of batch) report.add(r);
      await flushed(report.doc, response);
    }
    report.end();
    await once(response, 'finish');
  }
}
