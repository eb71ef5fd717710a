import PDFDocument from 'pdfkit';
import type { Position } from 'geojson';
import type { AreaGeometry, BBox2D } from '../geo/geometry.js';
import { berlinDateTime } from '../statements/receipts/receipt-pdf.js';
import { RESULT_LABELS } from './assessment.types.js';
import type { ExportRow } from './export-columns.js';

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
  /** Statement locations aggregated on a grid: [lon, lat, count]. */
  points: [number, number, number][];
}

/** The council report: a cover page with the plan area map and figures, then every statement. */
export class AssessmentReport {
  readonly doc: PDFKit.PDFDocument;

  constructor(header: ReportHeader) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      info: {
        Title: `Abwägung ${header.reference} – ${header.title}`,
        Author: 'Mitplanen',
        Subject: header.named ? 'intern, mit personenbezogenen Daten' : 'anonymisiert',
      },
      lang: 'de-DE',
    });
    this.cover(header);
  }

  private cover(h: ReportHeader): void {
    const doc = this.doc;
    doc.font('Helvetica-Bold').fontSize(16).text(`Abwägungstabelle: ${h.title}`);
    doc
      .font('Helvetica')
      .fontSize(10)
      .fillColor('#444')
      .text(
        `${h.reference} · erstellt am ${berlinDateTime(new Date())} · ${h.named ? 'INTERN – enthält personenbezogene Daten' : 'anonymisiert'}`,
      );
    const frame: Frame = { x: 50, y: doc.y + 12, width: 495, height: 330 };
    this.map(h, frame);
    doc.x = 50;
    doc.y = frame.y + frame.height + 14;
    doc.fillColor('#000').fontSize(11).font('Helvetica-Bold').text(`Stellungnahmen: ${h.total}`);
    doc.font('Helvetica').fontSize(10);
    for (const [result, label] of Object.entries(RESULT_LABELS)) {
      doc.text(`${label.de}: ${h.byResult[result] ?? 0}`);
    }
    doc.text(`noch nicht abgewogen: ${h.byResult.none ?? 0}`);
    if (h.groups.length > 0) {
      doc.moveDown(0.5).font('Helvetica-Bold').text('Gleichlautende Stellungnahmen (Gruppen)');
      doc.font('Helvetica');
      for (const g of h.groups.slice(0, 20)) {
        doc.text(`Gruppe um ${g.reference}: ${g.size} Unterzeichnende`);
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
    for (const [lon, lat, n] of h.points) {
      const [x, y] = project([lon, lat]);
      doc.circle(x, y, 1.5 + Math.log10(n) * 1.5).fill();
    }
    doc.restore();
    doc.fillOpacity(1);
  }

  /** One statement with its assessment. */
  add(r: ExportRow): void {
    const doc = this.doc;
    if (doc.y > 720) doc.addPage();
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(10).fillColor('#000');
    doc.text(
      `${r.reference} · ${r.phase_title} · ${berlinDateTime(new Date(r.received_at))}${r.late ? ' · verspätet' : ''}${r.topic ? ` · ${r.topic}` : ''}${r.signatories > 1 ? ` · Gruppe (${r.signatories})` : ''}`,
    );
    if (r.submitter_type === 'named') {
      doc
        .font('Helvetica-Oblique')
        .fontSize(9)
        .text(
          [r.name, r.organisation, r.street, `${r.postcode ?? ''} ${r.city ?? ''}`.trim(), r.email]
            .filter(Boolean)
            .join(', '),
        );
    }
    doc.font('Helvetica').fontSize(9).text(r.text);
    const label = r.result ? RESULT_LABELS[r.result].de : 'noch nicht abgewogen';
    doc.font('Helvetica-Bold').text(`Ergebnis: ${label}`, { continued: !!r.response });
    if (r.response) doc.font('Helvetica').text(` – ${r.response}`);
  }

  end(): void {
    this.doc.end();
  }
}
