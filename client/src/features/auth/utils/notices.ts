/** Why the visitor was sent to the sign-in page; carried in the history state. */
export type SignInNotice = 'signedOut' | 'personalDataRemoved';

export interface SignInNoticeState {
  notice: SignInNotice;
}

export const signedOutState: SignInNoticeState = { notice: 'signedOut' };
export const personalDataRemovedState: SignInNoticeState = { notice: 'personalDataRemoved' };

export function noticeFrom(state: unknown): SignInNotice | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  const { notice } = state;
  return notice === 'signedOut' || notice === 'personalDataRemoved' ? notice : null;
}
