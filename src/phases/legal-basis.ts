import type { PhaseKind } from './phase.types.js';

/**
 * The provision a phase of this kind is held under (docs/domain.md#1-phases-and-deadlines), as cited in receipts and
 * letters; informal city dialogues have none and cite nothing.
 */
export const LEGAL_BASIS: Record<PhaseKind, string | null> = {
  early_public: '§ 3 Abs. 1 BauGB',
  early_agencies: '§ 4 Abs. 1 BauGB',
  publication: '§ 3 Abs. 2 BauGB',
  agencies: '§ 4 Abs. 2 BauGB',
  republication: '§ 4a Abs. 3 BauGB',
  informal: null,
};
