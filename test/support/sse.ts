/** Reads server-sent events from a real HTTP stream until `until` is satisfied or time runs out. */
export async function collectEvents(
  url: string,
  cookie: string,
  until: (events: { type: string; data: Record<string, unknown>; at: number }[]) => boolean,
  timeoutMs = 5000,
): Promise<{ type: string; data: Record<string, unknown>; at: number }[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const events: { type: string; data: Record<string, unknown>; at: number }[] = [];
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
        cut = buffer.indexOf('\n\n');
      }
      if (until(events)) break;
    }
  } catch (error) {
    if (!(error instanceof Error && error.name === 'AbortError')) throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return events;
}
