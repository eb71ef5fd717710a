import type { PersonalDataHint } from '@/features/moderation/types';

export type TextSegment = { text: string; hint: PersonalDataHint | null };

/** The hints in text order, without overlaps and without ranges outside the text. */
function orderedHints(text: string, hints: readonly PersonalDataHint[]): PersonalDataHint[] {
  const sorted = [...hints]
    .filter((hint) => hint.start >= 0 && hint.end <= text.length && hint.start < hint.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const result: PersonalDataHint[] = [];
  for (const hint of sorted) {
    const last = result[result.length - 1];
    if (!last || hint.start >= last.end) result.push(hint);
  }
  return result;
}

/** The text cut into plain parts and the parts that a hint marks as likely personal data. */
export function segmentText(text: string, hints: readonly PersonalDataHint[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = 0;
  for (const hint of orderedHints(text, hints)) {
    if (hint.start > position)
      segments.push({ text: text.slice(position, hint.start), hint: null });
    segments.push({ text: text.slice(hint.start, hint.end), hint });
    position = hint.end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), hint: null });
  return segments;
}

/** The text with every hinted part replaced by `placeholder` (e.g. "[entfernt]"). */
export function redactText(
  text: string,
  hints: readonly PersonalDataHint[],
  placeholder: string,
): string {
  return segmentText(text, hints)
    .map((segment) => (segment.hint ? placeholder : segment.text))
    .join('');
}
