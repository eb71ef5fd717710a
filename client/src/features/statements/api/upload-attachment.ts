import type { StatementAttachment } from '@/features/statements/types';
import { ApiError, toProblem } from '@/lib/api-client';
import { i18n } from '@/lib/i18n';

export interface UploadHandle {
  promise: Promise<StatementAttachment>;
  abort: () => void;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Uploads one attachment for a statement about to be submitted. XMLHttpRequest rather than
 * fetch, because only it reports upload progress. `onProgress` gets the sent fraction (0–1).
 * Errors are ApiErrors, as from the API client (status 0: no connection).
 */
export function uploadAttachment(
  phaseId: string,
  file: File,
  onProgress: (fraction: number) => void,
): UploadHandle {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<StatementAttachment>((resolve, reject) => {
    xhr.open('POST', `/api/phases/${encodeURIComponent(phaseId)}/attachments`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', i18n.language);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && body) {
        resolve(body as StatementAttachment);
        return;
      }
      const record =
        typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
      reject(new ApiError(xhr.status, toProblem(body), xhr.statusText || 'Upload failed', record));
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, {}, 'Network error')));
    xhr.addEventListener('abort', () => reject(new DOMException('Upload aborted', 'AbortError')));
    const data = new FormData();
    data.append('file', file, file.name);
    xhr.send(data);
  });
  return { promise, abort: () => xhr.abort() };
}
