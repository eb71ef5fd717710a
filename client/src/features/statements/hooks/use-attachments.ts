import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '@/components/ui/error-state';
import { uploadAttachment } from '@/features/statements/api/upload-attachment';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MAX_COUNT,
  isAcceptedFile,
} from '@/features/statements/constants';
import type { StatementAttachment } from '@/features/statements/types';
import { formatFileSize } from '@/features/statements/utils/format';

export interface AttachmentItem {
  key: string;
  name: string;
  size: number;
  status: 'uploading' | 'done' | 'failed';
  /** 0–1 while uploading */
  progress: number;
  attachment?: StatementAttachment;
  error?: string;
}

let nextKey = 0;

/**
 * Attachments of the statement being written: each file is uploaded as soon as it is chosen
 * (with progress), and can be removed – an upload in progress is then cancelled. The statement
 * names the uploaded ones by id. Uploads still running when the form goes are cancelled.
 */
export function useAttachments(phaseId: string) {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<AttachmentItem[]>([]);
  /** The last change, for a polite live region. */
  const [announcement, setAnnouncement] = useState('');
  const aborts = useRef(new Map<string, () => void>());

  useEffect(() => {
    const running = aborts.current;
    return () => {
      for (const abort of running.values()) abort();
      running.clear();
    };
  }, []);

  const update = useCallback(
    (key: string, patch: Partial<AttachmentItem>) =>
      setItems((current) =>
        current.map((item) => (item.key === key ? { ...item, ...patch } : item)),
      ),
    [],
  );

  const add = useCallback(
    (files: readonly File[]) => {
      const free = ATTACHMENT_MAX_COUNT - items.length;
      const accepted = files.slice(0, Math.max(0, free));
      const messages: string[] = [];
      if (files.length > accepted.length) {
        messages.push(t('statements.attachments.tooMany', { max: ATTACHMENT_MAX_COUNT }));
      }
      const added: AttachmentItem[] = [];
      for (const file of accepted) {
        const key = `attachment-${(nextKey += 1)}`;
        const base = { key, name: file.name, size: file.size, progress: 0 };
        if (!isAcceptedFile(file)) {
          added.push({ ...base, status: 'failed', error: t('statements.attachments.wrongType') });
          continue;
        }
        if (file.size > ATTACHMENT_MAX_BYTES) {
          added.push({
            ...base,
            status: 'failed',
            error: t('statements.attachments.tooLarge', {
              max: formatFileSize(ATTACHMENT_MAX_BYTES, i18n.language),
            }),
          });
          continue;
        }
        added.push({ ...base, status: 'uploading' });
        const upload = uploadAttachment(phaseId, file, (progress) => update(key, { progress }));
        aborts.current.set(key, upload.abort);
        upload.promise.then(
          (attachment) => {
            aborts.current.delete(key);
            update(key, { status: 'done', progress: 1, attachment });
            setAnnouncement(t('statements.attachments.uploaded', { name: file.name }));
          },
          (error: unknown) => {
            aborts.current.delete(key);
            if (error instanceof DOMException && error.name === 'AbortError') return;
            const message = errorMessage(error, t);
            update(key, { status: 'failed', error: message });
            setAnnouncement(
              t('statements.attachments.failed', { name: file.name, reason: message }),
            );
          },
        );
      }
      setItems((current) => [...current, ...added]);
      for (const item of added) {
        if (item.error) messages.push(`${item.name}: ${item.error}`);
      }
      if (added.some((item) => item.status === 'uploading')) {
        messages.push(t('statements.attachments.uploading'));
      }
      setAnnouncement(messages.join(' '));
    },
    [items.length, phaseId, t, i18n.language, update],
  );

  const remove = useCallback(
    (key: string) => {
      aborts.current.get(key)?.();
      aborts.current.delete(key);
      const removed = items.find((item) => item.key === key);
      setItems((current) => current.filter((item) => item.key !== key));
      if (removed) setAnnouncement(t('statements.attachments.removed', { name: removed.name }));
    },
    [items, t],
  );

  return {
    items,
    add,
    remove,
    announcement,
    ids: items.flatMap((item) => (item.attachment ? [item.attachment.id] : [])),
    uploading: items.some((item) => item.status === 'uploading'),
    failed: items.some((item) => item.status === 'failed'),
    full: items.length >= ATTACHMENT_MAX_COUNT,
  };
}
