import type { QueryClient } from '@tanstack/react-query';

/**
 * After a phase changed: the planner's procedure (key prefix ['planning']) and the public pages
 * (['procedures']) show phases, so both are fetched again.
 */
export async function invalidateAfterPhaseChange(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['planning'] }),
    queryClient.invalidateQueries({ queryKey: ['procedures'] }),
  ]);
}
