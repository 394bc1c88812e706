// What the benchmark measures with: a command's wall time and the peak memory of its whole
// process tree, read from /proc, and medians.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A process and all its descendants, read from /proc. */
export function processTree(root: number): number[] {
  const byParent = new Map<number, number[]>();
  for (const p of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      byParent.set(ppid, [...(byParent.get(ppid) ?? []), Number(p)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const p = queue.pop() as number;
    tree.push(p);
    queue.push(...(byParent.get(p) ?? []));
  }
  return tree;
}

const rssOfTree = (pid: number): number =>
  processTree(pid).reduce((total, p) => {
    try {
      return total + Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      return total;
    }
  }, 0);

export type Measured = { seconds: number; peakMB: number };

/** Runs a command to its end, sampling the memory of its process tree every 200 ms. */
export async function runMeasured(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Measured> {
  const t0 = performance.now();
  const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, child.pid ? rssOfTree(child.pid) : 0)), 200);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} in ${cwd} failed:\n${output.slice(-3000)}`);
  return { seconds: round((performance.now() - t0) / 1000), peakMB: Math.round(peak / 2 ** 20) };
}

/** Stops a process and everything it started, deepest first. */
export function stopTree(child: ChildProcess): void {
  if (!child.pid) return;
  for (const pid of processTree(child.pid).reverse()) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

/** Waits until a URL answers 200, or fails after `seconds`. */
export async function waitFor(url: string, seconds = 60): Promise<void> {
  for (let i = 0; i < seconds * 5; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}
