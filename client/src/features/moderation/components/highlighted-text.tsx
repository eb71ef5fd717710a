import { useTranslation } from 'react-i18next';

import { CONTENT_LANGUAGE } from '@/config/site';
import type { PersonalDataHint } from '@/features/moderation/types';
import { segmentText } from '@/features/moderation/utils/hints';

interface HighlightedTextProps {
  text: string;
  hints: readonly PersonalDataHint[];
  id?: string;
}

/**
 * A statement's original text as plain text (line breaks kept), with the likely personal data
 * the server found marked; screen readers hear what kind of data each mark is.
 */
export function HighlightedText({ text, hints, id }: HighlightedTextProps) {
  const { t } = useTranslation();
  return (
    <div id={id} className="moderation-text" lang={CONTENT_LANGUAGE}>
      {segmentText(text, hints).map((segment, index) =>
        segment.hint ? (
          <mark key={index} className="pd-hint" data-kind={segment.hint.kind}>
            <span className="visually-hidden">
              {t('moderation.hints.markStart', {
                kind: t(`moderation.hints.kinds.${segment.hint.kind}`),
              })}
            </span>
            {segment.text}
            <span className="visually-hidden">{t('moderation.hints.markEnd')}</span>
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </div>
  );
}
