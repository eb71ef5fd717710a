import { textHeight, writeText, type FontStyle } from '../common/pdf/unicode-text.js';

/** One cell's paragraphs: text, style and size. */
export interface CellPart {
  text: string;
  style?: FontStyle;
  size: number;
  color?: string;
}

export interface TableColumn {
  header: string;
  width: number;
}

const PAD = 4;

/**
 * A table that flows over pages: a header row on every page, rows kept whole where they fit,
 * and a row taller than a page split inside its longest cell, continued on the next page.
 */
export class ReportTable {
  private readonly x: number;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly columns: TableColumn[],
  ) {
    this.x = doc.page.margins.left;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private get top(): number {
    return this.doc.page.margins.top;
  }

  header(): void {
    const doc = this.doc;
    const y = doc.y;
    const height = 18;
    doc.save().rect(this.x, y, this.totalWidth, height).fill('#e8ecf0').restore();
    let x = this.x;
    for (const c of this.columns) {
      writeText(
        doc.fontSize(9).fillColor('#000'),
        c.header,
        { style: 'bold', width: c.width - 2 * PAD },
        x + PAD,
        y + 4,
      );
      x += c.width;
    }
    doc.x = this.x;
    doc.y = y + height;
  }

  private get totalWidth(): number {
    return this.columns.reduce((sum, c) => sum + c.width, 0);
  }

  private height(parts: CellPart[], width: number): number {
    return parts.reduce((h, p) => {
      this.doc.fontSize(p.size);
      return h + textHeight(this.doc, p.text, width - 2 * PAD, p.style);
    }, 2 * PAD);
  }

  /** The longest prefix of `text` (cut at a space) whose height at `width` stays within `room`. */
  private fitting(part: CellPart, width: number, room: number): number {
    this.doc.fontSize(part.size);
    let lo = 0;
    let hi = part.text.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (textHeight(this.doc, part.text.slice(0, mid), width - 2 * PAD, part.style) <= room)
        lo = mid;
      else hi = mid - 1;
    }
    const space = part.text.lastIndexOf(' ', lo);
    return space > lo / 2 ? space + 1 : Math.max(lo, 1);
  }

  /** Adds a row; `cells` in column order. */
  row(cells: CellPart[][]): void {
    const doc = this.doc;
    let rest = cells;
    for (;;) {
      const heights = rest.map((parts, i) => this.height(parts, this.columns[i].width));
      const need = Math.max(...heights);
      if (doc.y + need > this.bottom && doc.y > this.top + 40) {
        doc.addPage();
        this.header();
      }
      const room = this.bottom - doc.y;
      if (need <= room) {
        this.draw(rest, need);
        return;
      }
      // Taller than a page: split the last part of the tallest cell, carry the rest over.
      const tallest = heights.indexOf(need);
      const parts = rest[tallest];
      const last = parts[parts.length - 1];
      const before = this.height(parts.slice(0, -1), this.columns[tallest].width);
      const cut = this.fitting(last, this.columns[tallest].width, room - before);
      const head = [...parts.slice(0, -1), { ...last, text: last.text.slice(0, cut) }];
      const tail: CellPart[] = [{ ...last, text: `(Fortsetzung) ${last.text.slice(cut)}` }];
      const now = rest.map((p, i) => (i === tallest ? head : p));
      this.draw(now, Math.max(...now.map((p, i) => this.height(p, this.columns[i].width))));
      rest = rest.map((_, i) => (i === tallest ? tail : []));
    }
  }

  private draw(cells: CellPart[][], height: number): void {
    const doc = this.doc;
    const y = doc.y;
    let x = this.x;
    cells.forEach((parts, i) => {
      const width = this.columns[i].width;
      doc.x = x + PAD;
      doc.y = y + PAD;
      for (const p of parts) {
        writeText(
          doc.fontSize(p.size).fillColor(p.color ?? '#000'),
          p.text,
          {
            style: p.style,
            width: width - 2 * PAD,
          },
          x + PAD,
          doc.y,
        );
      }
      doc.save().lineWidth(0.5).strokeColor('#b0b8c0').rect(x, y, width, height).stroke().restore();
      x += width;
    });
    doc.fillColor('#000');
    doc.x = this.x;
    doc.y = y + height;
  }
}
