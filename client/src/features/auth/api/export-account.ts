/**
 * My data as a JSON download (Art. 15 DSGVO). The server sends it as an attachment, so a plain
 * link does the job: the browser downloads it with the session cookie, no script involved.
 */
export const ACCOUNT_EXPORT_URL = '/api/account/export';
export const ACCOUNT_EXPORT_FILENAME = 'mitplanen-meine-daten.json';
