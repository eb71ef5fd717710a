/**
 * Whole-file structure checks for the allowed upload types. Sniffing the first bytes is not
 * enough: a PDF with an HTML page appended, a PNG with a ZIP appended (polyglots) and a
 * truncated image all start correctly. These checks walk the whole file and return why it is
 * malformed, or null when its structure is complete and nothing follows its end.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer: Buffer, start: number, end: number): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ buffer[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** PNG: every chunk complete with a correct CRC, IHDR first, IEND last and at the very end. */
function pngProblem(buffer: Buffer): string | null {
  let offset = 8;
  let first = true;
  let sawData = false;
  while (offset + 12 <= buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > buffer.length) return 'truncated';
    if (crc32(buffer, offset + 4, end - 4) !== buffer.readUInt32BE(end - 4)) return 'crc';
    if (first && type !== 'IHDR') return 'no IHDR';
    first = false;
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') {
      if (!sawData) return 'no image data';
      return end === buffer.length ? null : 'data after IEND';
    }
    offset = end;
  }
  return 'truncated';
}

/** JPEG: marker segments and entropy-coded data up to an EOI that ends the file. */
function jpegProblem(buffer: Buffer): string | null {
  let offset = 2;
  let sawScan = false;
  while (offset < buffer.length) {
    if (buffer[offset] !== 0xff) return 'marker expected';
    while (buffer[offset] === 0xff && offset < buffer.length) offset++;
    if (offset >= buffer.length) return 'truncated';
    const marker = buffer[offset++];
    if (marker === 0xd9) {
      if (!sawScan) return 'no image data';
      return offset === buffer.length ? null : 'data after EOI';
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (offset + 2 > buffer.length) return 'truncated';
    const length = buffer.readUInt16BE(offset);
    if (length < 2 || offset + length > buffer.length) return 'truncated';
    offset += length;
    if (marker !== 0xda) continue;
    sawScan = true;
    // Entropy-coded data runs until a marker other than a stuffed byte or a restart marker.
    for (;;) {
      if (offset + 1 >= buffer.length) return 'truncated';
      if (buffer[offset] === 0xff) {
        const next = buffer[offset + 1];
        if (next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) break;
      }
      offset++;
    }
  }
  return 'truncated';
}

/**
 * PDF: the file must end with its last `%%EOF` (only line ends after it), and no HTML may
 * stand where a browser sniffing the content would find it.
 */
function pdfProblem(buffer: Buffer): string | null {
  const eof = buffer.lastIndexOf('%%EOF');
  if (eof < 0) return 'no %%EOF';
  const tail = buffer.subarray(eof + 5);
  if (!/^[\r\n\s\0]*$/.test(tail.toString('latin1'))) return 'data after %%EOF';
  if (!buffer.includes('trailer') && !buffer.includes('startxref')) return 'no trailer';
  const head = buffer.toString('latin1', 0, Math.min(buffer.length, 1024)).toLowerCase();
  if (/<(html|script|body|head|iframe|svg)\b/.test(head)) return 'HTML in the file head';
  return null;
}

/** Why a file of this (sniffed) media type is malformed, or null when it is complete. */
export function fileStructureProblem(mediaType: string, buffer: Buffer): string | null {
  switch (mediaType) {
    case 'application/pdf':
      return pdfProblem(buffer);
    case 'image/png':
      return pngProblem(buffer);
    case 'image/jpeg':
      return jpegProblem(buffer);
    default:
      return 'type not checked';
  }
}
