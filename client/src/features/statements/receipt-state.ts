import type { GeometryKind, StatementReceipt, SubmitterType } from '@/features/statements/types';

/**
 * What the receipt page shows, handed over in the history state after a submission (it
 * survives a reload of that page, but is never put in the address bar or stored elsewhere).
 */
export interface ReceiptState {
  receipt: StatementReceipt;
  text: string;
  procedureId: string;
  procedureTitle: string;
  phaseTitle: string;
  topic: string | null;
  location: GeometryKind | null;
  attachments: string[];
  submitterType: SubmitterType;
}

export function isReceiptState(value: unknown): value is ReceiptState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<ReceiptState>;
  return (
    typeof state.text === 'string' &&
    typeof state.procedureId === 'string' &&
    typeof state.receipt === 'object' &&
    state.receipt !== null &&
    typeof state.receipt.reference === 'string' &&
    typeof state.receipt.statusUrl === 'string'
  );
}
