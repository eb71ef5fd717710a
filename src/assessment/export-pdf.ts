import PDFDocument from 'pdfkit';
import type { Position } from 'geojson';
import type { AreaGeometry, BBox2D } from '../geo/geometry.js';
import { setStyle, useUnicodeFonts, writeText } from '../common/pdf/unicode-text.js';
import { berlinDateTime } from '../statements/receipts/receipt-pdf.js';
import { RESULT_LABELS } from './assessment.types.js';
import type { ExportRow } from './export-columns.js';
import { CHANNEL_LABELS } from './export-labels.js';
import { ReportTable, type CellPart } from './report-table.js';

export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Projects WGS84 onto a page frame: equirectangular with the longitude scaled by cos(mid
 * latitude), which at city scale keeps shapes true; the box is fitted and centred, north up.
 */
export function projector(box: BBox2D, frame: Frame): (p: Position) => [number, number] {
  const [minX, minY, maxX, maxY] = box;
  const kx = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const w = Math.max((maxX - minX) * kx, 1e-9);
  const h = Math.max(maxY - minY, 1e-9);
  const scale = Math.min(frame.width / w, frame.height / h);
  const ox = frame.x + (frame.width - w * scale) / 2;
  const oy = frame.y + (frame.height - h * scale) / 2;
  return ([lon, lat]) => [ox + (lon - minX) * kx * scale, oy + (maxY - lat) * scale];
}

/** A box grown by `share` of its size on every side. */
export function padBox([minX, minY, maxX, maxY]: BBox2D, share: number): BBox2D {
  const dx = (maxX - minX) * share || 0.001;
  const dy = (maxY - minY) * share || 0.001;
  return [minX - dx, minY - dy, maxX + dx, maxY + dy];
}

export interface ReportHeader {
  title: string;
  reference: string;
  area: AreaGeometry;
  areaBox: BBox2D;
  named: boolean;
  total: number;
  byResult: Record<string, number>;
  groups: { reference: string; size: number }[];
  /** Statement locations aggregated on a grid: [lon, lat, count] (many statements). */
  points: [number, number, number][];
  /** Or, for a few hundred, each statement's location with its number in the table. */
  numbered: { n: number; lon: number; lat: number }[] | null;
}

/**
 * The council report: a cover page with the plan area map (numbered points) and figures, then
 * every statement in a two-column table – statement | assessment – numbered as on the map.
 */
export class AssessmentReport {
  readonly doc: PDFKit.PDFDocument;
  private table: ReportTable | null = null;
  private count = 0;
  private readonly located: Set<number>;

  constructor(header: ReportHeader) {
    this.located = new Set(header.numbered?.map((p) => p.n) ?? []);
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 40,
      info: {
        Title: `Abwägung ${header.reference} – ${header.title}`,
        Author: 'Mitplanen',
        Subject: header.named ? 'intern, mit personenbezogenen Daten' : 'anonymisiert',
      },
      lang: 'de-DE',
    });
    useUnicodeFonts(this.doc);
    this.cover(header);
  }

  private cover(h: ReportHeader): void {
    const doc = this.doc;
    writeText(doc.fontSize(16), `Abwägungstabelle: ${h.title}`, { style: 'bold' });
    writeText(
      doc.fontSize(10).fillColor('#444'),
      `${h.reference} · erstellt am ${berlinDateTime(new Date())} · ${h.named ? 'INTERN – enthält personenbezogene Daten' : 'anonymisiert'}`,
    );
    const frame: Frame = { x: 40, y: doc.y + 12, width: 515, height: 330 };
    this.map(h, frame);
    doc.x = 40;
    doc.y = frame.y + frame.height + 6;
    writeText(
      doc.fontSize(8).fillColor('#444'),
      h.numbered
        ? 'Die Nummern auf der Karte sind die Nummern der Stellungnahmen in der Tabelle.'
        : 'Viele Stellungnahmen: die Punkte fassen nahe Orte zusammen (Größe nach Anzahl).',
    );
    doc.moveDown(0.6).fillColor('#000');
    writeText(doc.fontSize(11), `Stellungnahmen: ${h.total}`, { style: 'bold' });
    setStyle(doc.fontSize(10), 'regular');
    for (const [result, label] of Object.entries(RESULT_LABELS)) {
      doc.text(`${label.de}: ${h.byResult[result] ?? 0}`);
    }
    doc.text(`noch nicht abgewogen: ${h.byResult.none ?? 0}`);
    if (h.groups.length > 0) {
      doc.moveDown(0.5);
      writeText(doc, 'Gleichlautende Stellungnahmen (Gruppen)', { style: 'bold' });
      for (const g of h.groups.slice(0, 20)) {
        writeText(doc, `Gruppe um ${g.reference}: ${g.size} Unterzeichnende`);
      }
    }
  }

  /** The plan area outline and the statements' locations (one dot per grid cell, sized by count). */
  private map(h: ReportHeader, frame: Frame): void {
    const doc = this.doc;
    const project = projector(padBox(h.areaBox, 0.08), frame);
    doc.save();
    doc.rect(frame.x, frame.y, frame.width, frame.height).fillAndStroke('#f4f6f8', '#999999');
    doc.rect(frame.x, frame.y, frame.width, frame.height).clip();
    const polygons = h.area.type === 'Polygon' ? [h.area.coordinates] : h.area.coordinates;
    for (const rings of polygons) {
      for (const ring of rings) {
        ring.forEach((p, i) => {
          const [x, y] = project(p);
          if (i === 0) doc.moveTo(x, y);
          else doc.lineTo(x, y);
        });
        doc.closePath();
      }
    }
    doc.fillOpacity(0.25).lineWidth(1.5).fillAndStroke('#5b8def', '#1a4fb8');
    doc.fillOpacity(0.85).fillColor('#c0392b');
    if (h.numbered) {
      setStyle(doc.fontSize(6), 'bold');
      for (const { n, lon, lat } of h.numbered) {
        const [x, y] = project([lon, lat]);
        const label = String(n);
        const r = Math.max(4.5, doc.widthOfString(label) / 2 + 2);
        doc.fillOpacity(0.9).circle(x, y, r).fill('#c0392b');
        doc.fillOpacity(1).fillColor('#fff');
        doc.text(label, x - r, y - 3, { width: 2 * r, align: 'center', lineBreak: false });
        doc.fillColor('#c0392b');
      }
    } else {
      for (const [lon, lat, n] of h.points) {
        const [x, y] = project([lon, lat]);
        doc.circle(x, y, 1.5 + Math.log10(n) * 1.5).fill();
      }
    }
    doc.restore();
    doc.fillOpacity(1);
  }

  /** One statement with its assessment: a numbered row of the table. */
  add(r: ExportRow): void {
    const doc = this.doc;
    if (!this.table) {
      doc.addPage();
      this.table = new ReportTable(doc, [
        { header: 'Nr.', width: 34 },
        { header: 'Stellungnahme', width: 266 },
        { header: 'Abwägung', width: 215 },
      ]);
      this.table.header();
    }
    this.count += 1;
    const meta = [
      r.reference,
      r.phase_title,
      berlinDateTime(new Date(r.received_at)),
      CHANNEL_LABELS[r.channel],
      r.late ? 'verspätet' : null,
      r.topic,
      r.signatories > 1 ? `Gruppe (${r.signatories})` : null,
    ].filter(Boolean);
    const statement: CellPart[] = [{ text: meta.join(' · '), size: 7, color: '#444' }];
    if (r.submitter_type === 'named') {
      const who = [
        r.name,
        r.organisation,
        r.street,
        `${r.postcode ?? ''} ${r.city ?? ''}`.trim(),
        r.email,
      ];
      statement.push({ text: who.filter(Boolean).join(', '), size: 8, style: 'italic' });
    }
    statement.push({ text: r.text, size: 9 });
    const label = r.result ? RESULT_LABELS[r.result].de : 'noch nicht abgewogen';
    const assessment: CellPart[] = [
      { text: label, size: 9, style: 'bold' },
      { text: r.response ?? '', size: 9 },
    ];
    const number: CellPart[] = [
      { text: String(this.count), size: 9, style: 'bold' },
      ...(this.located.has(this.count) ? [{ text: 'Karte', size: 6, color: '#c0392b' }] : []),
    ];
    this.table.row([number, statement, assessment]);
  }

  end(): void {
    this.doc.end();
  }
}
