/**
 * Run-once memory for card submits: the first submit with a given id runs, every repeat (a double
 * click, a Teams retry of the invoke) gets the first one's result. Bounded in size and time; held
 * in memory only (results may describe a candidate, so they are never written anywhere).
 */
export class Once<T> {
  private readonly entries = new Map<string, { value: Promise<T>; expires: number }>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly maxEntries = 5_000,
  ) {}

  /** `first` is true for the call that actually ran `fn`. */
  run(key: string, fn: () => Promise<T>): { value: Promise<T>; first: boolean } {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return { value: hit.value, first: false };
    this.sweep(now);
    const value = fn();
    this.entries.set(key, { value, expires: now + this.ttlMs });
    // A failed run may be retried.
    value.catch(() => this.entries.delete(key));
    return { value, first: true };
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expires <= now || this.entries.size >= this.maxEntries) this.entries.delete(key);
      else break; // insertion order = expiry order
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
