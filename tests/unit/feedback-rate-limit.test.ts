import { describe, expect, it } from 'vitest';
import { clientAddress, RateLimiter } from '@/lib/feedback/rate-limit';

describe('RateLimiter', () => {
  it('allows the limit in a window, then gives the seconds until the oldest post leaves it', () => {
    const limiter = new RateLimiter({ count: 3, windowMs: 60_000 }, 'salt-salt-salt-salt');
    const t = 1_000_000;
    expect([limiter.take('203.0.113.5', t), limiter.take('203.0.113.5', t + 1000), limiter.take('203.0.113.5', t + 2000)]).toEqual([0, 0, 0]);
    expect(limiter.take('203.0.113.5', t + 10_000)).toBe(50);
    // Another client is counted apart.
    expect(limiter.take('198.51.100.7', t + 10_000)).toBe(0);
    // Once the first post is a minute old, one more is allowed, and refusals did not count.
    expect(limiter.take('203.0.113.5', t + 60_001)).toBe(0);
    expect(limiter.take('203.0.113.5', t + 60_002)).toBeGreaterThan(0);
  });

  it('knows clients by a salted hash, never the address', () => {
    const a = new RateLimiter({ count: 1, windowMs: 1000 }, 'first-salt-000000');
    const b = new RateLimiter({ count: 1, windowMs: 1000 }, 'other-salt-000000');
    expect(a.key('203.0.113.5')).not.toContain('203');
    expect(a.key('203.0.113.5')).toBe(a.key('203.0.113.5'));
    expect(a.key('203.0.113.5')).not.toBe(b.key('203.0.113.5'));
    expect(a.key('203.0.113.5')).not.toBe(a.key('203.0.113.6'));
  });

  it('forgets the oldest clients beyond its bound', () => {
    const limiter = new RateLimiter({ count: 1, windowMs: 60_000 }, 'salt-salt-salt-salt', 3);
    for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4']) limiter.take(ip, 0);
    expect(limiter.size).toBe(3);
    expect(limiter.take('192.0.2.1', 1)).toBe(0);
    expect(limiter.take('192.0.2.4', 1)).toBeGreaterThan(0);
  });
});

describe('clientAddress', () => {
  const headers = (xff?: string) => new Headers(xff ? { 'x-forwarded-for': xff } : {});

  it('ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddress(headers('198.51.100.9'), 0, '203.0.113.5')).toBe('203.0.113.5');
    expect(clientAddress(headers(), 0, undefined)).toBe('unknown');
  });

  it('behind one trusted proxy, takes the address that proxy appended, not what the client wrote', () => {
    expect(clientAddress(headers('1.2.3.4, 198.51.100.9'), 1, '10.0.0.2')).toBe('198.51.100.9');
    expect(clientAddress(headers('198.51.100.9'), 1, '10.0.0.2')).toBe('198.51.100.9');
    expect(clientAddress(headers('1.2.3.4, 198.51.100.9, 10.0.0.3'), 2, '10.0.0.2')).toBe('198.51.100.9');
    expect(clientAddress(headers('2001:db8::1'), 1, '10.0.0.2')).toBe('2001:db8::1');
  });

  it('falls back to the connection when the header is missing or not an address', () => {
    expect(clientAddress(headers(), 1, '203.0.113.5')).toBe('203.0.113.5');
    expect(clientAddress(headers('not-an-ip'), 1, '203.0.113.5')).toBe('203.0.113.5');
  });
});
