export interface FeedEvent {
  type: string;
  data: Record<string, unknown>;
  at: number;
}

/**
 * Opens a server-sent event stream and reads it until `until` is satisfied or time runs out.
 * `ready` settles once the server has sent its `ready` event, i.e. once this stream is
 * subscribed, so a test can act after that instead of sleeping and hoping.
 */
export function openFeed(
  url: string,
  cookie: string,
  until: (events: FeedEvent[]) => boolean,
  timeoutMs = 5000,
): { ready: Promise<void>; events: Promise<FeedEvent[]> } {
  let markReady!: () => void;
  let failReady!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  const events = readFeed(url, cookie, until, timeoutMs, markReady).finally(() =>
    failReady(new Error(`the feed at ${url} ended before it was ready`)),
  );
  // Whoever awaits only `events` must not see an unhandled rejection of `ready`.
  ready.catch(() => undefined);
  return { ready, events };
}

async function readFeed(
  url: string,
  cookie: string,
  until: (events: FeedEvent[]) => boolean,
  timeoutMs: number,
  onReady: () => void,
): Promise<FeedEvent[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const events: FeedEvent[] = [];
  try {
    const response = await fetch(url, {
      headers: { cookie, accept: 'text/event-stream' },
      signal: controller.signal,
    });
    if (!response.ok || !response.body) throw new Error(`feed answered ${response.status}`);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut = buffer.indexOf('\n\n');
      while (cut >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const type = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (data)
          events.push({ type, data: JSON.parse(data) as Record<string, unknown>, at: Date.now() });
        if (type === 'ready') onReady();
        cut = buffer.indexOf('\n\n');
      }
      if (until(events)) break;
    }
  } catch (error) {
    // fetch's AbortError is a DOMException of Node's realm, not an Error of Jest's: test the name.
    if ((error as { name?: unknown } | null)?.name !== 'AbortError') throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return events;
}
