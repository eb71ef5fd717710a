import { useMutation } from '@tanstack/react-query';

import type { XPlanungProposal } from '@/api/types';
import { uploadForm } from '@/features/planning/utils/upload';

export const importXPlanung = (file: File): Promise<XPlanungProposal> => {
  const form = new FormData();
  form.append('file', file, file.name);
  return uploadForm<XPlanungProposal>('/api/procedures/import/xplanung', form);
};

/** Reads an XPlanGML file into a proposal for a new procedure; nothing is saved. */
export const useImportXPlanung = () => useMutation({ mutationFn: importXPlanung });
