/**
 * The live feed (GET /api/live, server-sent events): which instances and cases changed in the last moment, on any
 * host. One EventSource serves every view that follows it and closes when the last one stops; the browser reconnects
 * it by itself after a network hiccup. Views keep a slow poll besides, in case the feed is cut by a proxy.
 */
export interface LiveChanges {
  ids: string[];
  resync: boolean;
}

type Listener = (changes: LiveChanges) => void;

const listeners = new Set<Listener>();
let source: EventSource | undefined;

export function onLiveChanges(listener: Listener): () => void {
  listeners.add(listener);
  if (!source && typeof EventSource !== 'undefined') {
    source = new EventSource('/api/live');
    source.addEventListener('changes', (e) => {
      const changes = parseChanges((e as MessageEvent<string>).data);
      if (changes) for (const each of [...listeners]) each(changes);
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      source?.close();
      source = undefined;
    }
  };
}

/** The data of one `changes` event; anything malformed is ignored rather than trusted. */
export function parseChanges(data: string): LiveChanges | undefined {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== 'object' || value === null || !Array.isArray((value as { ids?: unknown }).ids)) return undefined;
    const { ids, resync } = value as { ids: unknown[]; resync?: unknown };
    return { ids: ids.filter((id): id is string => typeof id === 'string'), resync: resync === true };
  } catch {
    return undefined;
  }
}

/** Whether a change concerns one of `ids` (a resync concerns everything). */
export function concerns(changes: LiveChanges, ...ids: (string | null | undefined)[]): boolean {
  return changes.resync || ids.some((id) => id != null && changes.ids.includes(id));
}

/**
 * Runs `action` at most once per `ms` however often it is asked for, and once more after the last ask: a burst of
 * changes reloads a list once or twice, never once per change.
 */
export function throttled(action: () => void, ms: number): { ask(): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -Infinity;
  let asked = false;
  const run = () => {
    timer = undefined;
    if (!asked) return;
    asked = false;
    last = Date.now();
    action();
  };
  return {
    ask() {
      asked = true;
      if (timer === undefined) timer = setTimeout(run, Math.max(0, last + ms - Date.now()));
    },
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      asked = false;
    },
  };
}
