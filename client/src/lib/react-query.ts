import { QueryCache, QueryClient } from '@tanstack/react-query';

import { ApiError } from '@/lib/api-client';

function shouldRetry(failureCount: number, error: Error): boolean {
  // A 4xx answer will not change by asking again.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

interface QueryClientOptions {
  /** Called when a query is answered with 401: the session has ended (expired, signed out). */
  onUnauthorized?: (client: QueryClient) => void;
}

export function createQueryClient({ onUnauthorized }: QueryClientOptions = {}): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof ApiError && error.status === 401) onUnauthorized?.(client);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}
