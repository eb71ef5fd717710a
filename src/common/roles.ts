/** A user may hold several roles; anonymous visitors hold none. */
export const ROLES = ['resident', 'planner', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Staff roles see non-public data (statements' submitters, drafts). */
export const STAFF_ROLES = ['planner', 'moderator', 'admin'] as const satisfies readonly Role[];
