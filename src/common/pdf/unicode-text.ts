import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Text in every PDF is set in Noto Sans (and Noto Sans Arabic), embedded from the Fontsource
 * packages: pdfkit's standard Helvetica only knows WinAnsi and garbles "Gülşen", "Łukasz" or
 * Arabic. Fontsource splits each font into subsets by script, so every run of text is set in
 * the first subset that holds its characters. Emoji have no glyph in these fonts: they are
 * shown visibly as "[Emoji]", never dropped; other unknown characters as U+FFFD.
 */
export type FontStyle = 'regular' | 'bold' | 'italic';

const FILE_STYLE: Record<FontStyle, string> = {
  regular: '400-normal',
  bold: '700-normal',
  italic: '400-italic',
};

const FAMILIES = [
  {
    pkg: '@fontsource/noto-sans',
    file: 'noto-sans',
    italic: true,
    subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'],
  },
  {
    pkg: '@fontsource/noto-sans-arabic',
    file: 'noto-sans-arabic',
    italic: false,
    subsets: ['arabic'],
  },
];

export const EMOJI_FALLBACK = '[Emoji]';
const UNKNOWN_FALLBACK = '\uFFFD';

interface Face {
  /** pdfkit font name without the style suffix, e.g. `noto-sans-latin-ext`. */
  name: string;
  dir: string;
  italic: boolean;
  ranges: [number, number][];
}

const require = createRequire(import.meta.url);

function parseRanges(spec: string): [number, number][] {
  return spec.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/, '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

let faces: Face[] | null = null;

/** The subsets in order of preference, with the ranges Fontsource states for each. */
function allFaces(): Face[] {
  faces ??= FAMILIES.flatMap((family) => {
    const probe = require.resolve(`${family.pkg}/files/${family.file}-latin-400-normal.woff`);
    const packageDir = dirname(dirname(probe));
    const unicode = JSON.parse(readFileSync(join(packageDir, 'unicode.json'), 'utf8')) as Record<
      string,
      string
    >;
    return family.subsets.map((subset) => ({
      name: `${family.file}-${subset}`,
      dir: join(packageDir, 'files'),
      italic: family.italic,
      ranges: parseRanges(unicode[subset]),
    }));
  });
  return faces;
}

const fontCache = new Map<string, Buffer>();

function fontFile(face: Face, style: FontStyle): Buffer {
  const fileStyle = FILE_STYLE[style === 'italic' && !face.italic ? 'regular' : style];
  const path = join(face.dir, `${face.name}-${fileStyle}.woff`);
  let data = fontCache.get(path);
  if (!data) {
    data = readFileSync(path);
    fontCache.set(path, data);
  }
  return data;
}

const covers = (face: Face, cp: number) => face.ranges.some(([a, b]) => cp >= a && cp <= b);

export interface TextRun {
  /** Registered pdfkit font name. */
  font: string;
  text: string;
}

const graphemes = new Intl.Segmenter('de', { granularity: 'grapheme' });
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

const fontName = (face: Face, style: FontStyle) => `${face.name}-${style}`;

/** Splits `text` into runs, each set in one font subset that has all of its characters. */
export function textRuns(text: string, style: FontStyle = 'regular'): TextRun[] {
  const list = allFaces();
  const latin = list[0];
  const runs: TextRun[] = [];
  let current: Face | null = null;
  const push = (face: Face, chunk: string) => {
    const last = runs[runs.length - 1];
    if (last && face === current) last.text += chunk;
    else runs.push({ font: fontName(face, style), text: chunk });
    current = face;
  };
  for (const { segment } of graphemes.segment(text)) {
    if (PICTOGRAPHIC.test(segment) && (segment.codePointAt(0) ?? 0) > 0xff) {
      push(latin, EMOJI_FALLBACK);
      continue;
    }
    for (const char of segment) {
      const cp = char.codePointAt(0) ?? 0;
      const face: Face | undefined =
        current && covers(current, cp) ? current : list.find((f) => covers(f, cp));
      push(face ?? latin, face ? char : UNKNOWN_FALLBACK);
    }
  }
  return runs;
}

/** Registers every subset in every style on `doc` and selects the regular Latin face. */
export function useUnicodeFonts(doc: PDFKit.PDFDocument): PDFKit.PDFDocument {
  for (const face of allFaces()) {
    for (const style of Object.keys(FILE_STYLE) as FontStyle[]) {
      doc.registerFont(fontName(face, style), fontFile(face, style));
    }
  }
  return setStyle(doc, 'regular');
}

/** Selects the Latin face of `style`: for measuring and for text known to be plain. */
export function setStyle(doc: PDFKit.PDFDocument, style: FontStyle): PDFKit.PDFDocument {
  return doc.font(fontName(allFaces()[0], style));
}

export interface WriteOptions extends PDFKit.Mixins.TextOptions {
  style?: FontStyle;
}

/**
 * Writes `text` as pdfkit's `doc.text` would, switching fonts between runs. With `x`/`y` it
 * starts there; `continued` in `options` leaves the line open for more text.
 */
export function writeText(
  doc: PDFKit.PDFDocument,
  text: string,
  options: WriteOptions = {},
  x?: number,
  y?: number,
): PDFKit.PDFDocument {
  const { style = 'regular', continued = false, ...rest } = options;
  const runs = textRuns(text, style);
  if (runs.length === 0) runs.push({ font: fontName(allFaces()[0], style), text: '' });
  runs.forEach((run, i) => {
    const last = i === runs.length - 1;
    doc.font(run.font);
    const opts = { ...rest, continued: last ? continued : true };
    if (i === 0 && x !== undefined) doc.text(run.text, x, y, opts);
    else doc.text(run.text, opts);
  });
  return setStyle(doc, style);
}

/** Height `text` takes at `width`, measured in the Latin face (the subsets share metrics). */
export function textHeight(
  doc: PDFKit.PDFDocument,
  text: string,
  width: number,
  style: FontStyle = 'regular',
): number {
  setStyle(doc, style);
  const plain = textRuns(text, style)
    .map((r) => r.text)
    .join('');
  return doc.heightOfString(plain, { width });
}
