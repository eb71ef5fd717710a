import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { OutboxStatus, Role } from '@/api/types';
import { isRole } from '@/config/roles';
import { isOutboxStatus } from '@/features/admin/constants';

/** Rows per page of the admin lists. */
export const PAGE_SIZE = 50;

function nonEmpty(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function pageOf(value: string | null): number {
  const page = Number.parseInt(value ?? '', 10);
  return Number.isInteger(page) && page > 1 ? page : 1;
}

export interface UserListParams {
  q?: string;
  role?: Role;
  /** 1-based */
  page: number;
}

/** Search, role filter and page of the user list, in the URL (`?q=&role=&page=`). */
export function useUserListParams(): [UserListParams, (next: UserListParams) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = nonEmpty(searchParams.get('q'));
  const role = searchParams.get('role');
  const page = pageOf(searchParams.get('page'));

  const params = useMemo<UserListParams>(
    () => ({ q, role: isRole(role) ? role : undefined, page }),
    [q, role, page],
  );

  const setParams = useCallback(
    (next: UserListParams) => {
      const search = new URLSearchParams();
      if (next.q?.trim()) search.set('q', next.q.trim());
      if (next.role) search.set('role', next.role);
      if (next.page > 1) search.set('page', String(next.page));
      setSearchParams(search, { replace: true, preventScrollReset: true });
    },
    [setSearchParams],
  );

  return [params, setParams];
}

export interface MailListParams {
  status?: OutboxStatus;
  /** 1-based */
  page: number;
}

/** Status filter and page of the mail outbox, in the URL (`?status=&page=`). */
export function useMailListParams(): [MailListParams, (next: MailListParams) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const status = searchParams.get('status');
  const page = pageOf(searchParams.get('page'));

  const params = useMemo<MailListParams>(
    () => ({ status: isOutboxStatus(status) ? status : undefined, page }),
    [status, page],
  );

  const setParams = useCallback(
    (next: MailListParams) => {
      const search = new URLSearchParams();
      if (next.status) search.set('status', next.status);
      if (next.page > 1) search.set('page', String(next.page));
      setSearchParams(search, { replace: true, preventScrollReset: true });
    },
    [setSearchParams],
  );

  return [params, setParams];
}
