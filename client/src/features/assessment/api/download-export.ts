import type { ExportKind, ExportVariant } from '@/features/assessment/constants';
import { ApiError, buildUrl, toProblem } from '@/lib/api-client';
import { i18n } from '@/lib/i18n';

export interface ExportProgress {
  /** Bytes received so far. */
  received: number;
  /** Content-Length where the server gives it (a streamed export usually does not). */
  total: number | null;
}

export interface ExportFile {
  blob: Blob;
  filename: string;
}

const FALLBACK_NAMES: Record<ExportKind, string> = {
  xlsx: 'Abwaegungstabelle.xlsx',
  csv: 'Abwaegungstabelle.csv',
  pdf: 'Abwaegungsbericht.pdf',
  geojson: 'Stellungnahmen.geojson',
};

function filenameOf(disposition: string | null, kind: ExportKind): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return plain?.[1] ?? FALLBACK_NAMES[kind];
}

/**
 * Fetches an export and reads its body chunk by chunk (fetch + ReadableStream), reporting the
 * bytes received, so that a long export of many statements shows progress; resolves with the
 * whole file. Errors arrive as problem+json before the first byte and become an ApiError.
 */
export async function downloadExport(
  procedureId: string,
  kind: ExportKind,
  variant: ExportVariant,
  onProgress: (progress: ExportProgress) => void,
  signal?: AbortSignal,
): Promise<ExportFile> {
  let response: Response;
  try {
    response = await fetch(
      buildUrl(`/api/procedures/${encodeURIComponent(procedureId)}/exports/${kind}`, { variant }),
      {
        credentials: 'same-origin',
        headers: { 'Accept-Language': i18n.language },
        signal,
      },
    );
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, {}, 'Network error');
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw new ApiError(
      response.status,
      toProblem(body),
      response.statusText || 'Request failed',
      typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {},
    );
  }
  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress({ received, total });
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress({ received, total });
    }
  }
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  return {
    blob: new Blob(chunks, { type }),
    filename: filenameOf(response.headers.get('Content-Disposition'), kind),
  };
}

/** Hands a file to the browser's download (an object URL on a temporary link). */
export function saveFile({ blob, filename }: ExportFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
