import type { QueryClient } from '@tanstack/react-query';

/**
 * After a decision or a feed event: the queue and statistics (key prefix ['moderation']) and
 * the public statements (['statements']) are fetched again.
 */
export async function invalidateModeration(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['moderation'] }),
    queryClient.invalidateQueries({ queryKey: ['statements'] }),
  ]);
}
