import { createHash } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * How many posts one client may make in a window, counted in this server's memory. The client
 * is known only by a salted hash of its address: the address itself is never kept, here or in
 * the database, and without the salt the hash cannot be matched to an address. Behind a load
 * balancer each server counts on its own, so a client gets the limit once per server.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: { count: number; windowMs: number },
    private readonly salt: string,
    /** Bounds memory under a flood of distinct clients: the oldest are forgotten first. */
    private readonly maxClients = 50_000,
  ) {}

  /** The hash a client is counted under. */
  key(address: string): string {
    return createHash('sha256').update(this.salt).update('\0').update(address).digest('base64url').slice(0, 22);
  }

  /**
   * Counts one post from this address, if it is allowed. Returns 0 when it is, or the seconds
   * until the client's oldest counted post leaves the window (for Retry-After).
   */
  take(address: string, now = Date.now()): number {
    const key = this.key(address);
    const since = now - this.limit.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.limit.count) {
      this.hits.set(key, recent);
      return Math.max(1, Math.ceil(((recent[0] ?? now) + this.limit.windowMs - now) / 1000));
    }
    recent.push(now);
    // Re-inserted, so the Map's order is the order clients were last seen.
    this.hits.delete(key);
    this.hits.set(key, recent);
    if (this.hits.size > this.maxClients) {
      const oldest = this.hits.keys().next().value;
      if (oldest !== undefined) this.hits.delete(oldest);
    }
    return 0;
  }

  /** How many clients are remembered (for tests). */
  get size(): number {
    return this.hits.size;
  }
}

/**
 * The client's address. Behind `trustProxy` proxies that each append the address they saw to
 * X-Forwarded-For, the client is the entry that many places from the right; what a client
 * writes in the header itself sits further left and is ignored. With no proxy trusted, the
 * header is never read and the connection's own address counts.
 */
export function clientAddress(headers: Headers, trustProxy: number, remoteAddress: string | undefined): string {
  if (trustProxy > 0) {
    const hops = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const entry = hops[hops.length - trustProxy] ?? hops[0];
    if (entry && isIP(entry)) return entry;
  }
  return remoteAddress && isIP(remoteAddress) ? remoteAddress : 'unknown';
}
