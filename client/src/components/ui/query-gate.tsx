import type { ReactNode } from 'react';

import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { isNotFoundError } from '@/lib/api-client';

/** The parts of a TanStack Query result the gate reads. */
export interface GatedQuery<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  refetch: () => unknown;
}

interface QueryGateProps<T> {
  query: GatedQuery<T>;
  /** Announced while the query (or `pending`) runs. */
  loadingLabel: string;
  /** Shown for 404 / 400 instead of an error; without it these are errors too. */
  notFound?: { title: string; text: string };
  /** Something else the page waits for, e.g. the signed-in user. */
  pending?: boolean;
  /** Shown above every state, e.g. the back link. */
  before?: ReactNode;
  /** Heading level of the not-found and error states: 1 where they are the whole page. */
  level?: 1 | 2;
  children: (data: T) => ReactNode;
}

/**
 * The three states every page that loads one thing has before it can show it: loading (an
 * announced spinner), not found (a plain explanation) and failed (the reason and "try again").
 */
export function QueryGate<T>({
  query,
  loadingLabel,
  notFound,
  pending = false,
  before,
  level = 1,
  children,
}: QueryGateProps<T>) {
  const Heading = `h${level}` as const;
  let body: ReactNode;
  if (query.isPending || pending) {
    body = <LoadingState label={loadingLabel} />;
  } else if (query.isError || query.data === undefined) {
    body =
      notFound && isNotFoundError(query.error) ? (
        <div className="state state--empty">
          <Heading>{notFound.title}</Heading>
          <p>{notFound.text}</p>
        </div>
      ) : (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} level={level} />
      );
  } else {
    body = children(query.data);
  }
  return (
    <>
      {before}
      {body}
    </>
  );
}
