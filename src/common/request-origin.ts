import type { Request } from 'express';

/** The origin (`https://host`) the request was sent to, for links in mails and redirects. */
export function requestOrigin(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}
