import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';

/** Fields of /proc/<pid>/stat after the command name, or null where /proc is absent (macOS). */
function procStatFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may itself contain spaces or parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * Whether pid is a running process. A zombie counts as gone: it has exited and holds no files, sockets or
 * shared memory, and in a container whose init never reaps, an orphan's zombie may linger for good.
 */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return procStatFields(pid)?.[0] !== 'Z';
}

/** Start time in clock ticks since boot; with the pid it names one process, not a later reuse of the pid. */
export function processStartTime(pid: number): string | null {
  return procStatFields(pid)?.[19] ?? null;
}

/** argv of a process, or null where it cannot be read. */
export function processCommandLine(pid: number): string[] | null {
  try {
    const raw = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return raw.split('\0').filter((part) => part.length > 0);
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until pid is gone; false when it is still there after timeoutMs. */
export async function waitForProcessExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

interface LockHolder {
  text: string;
  pid: number;
  startTime: string | null;
}

async function readLockHolder(lockPath: string): Promise<LockHolder | 'missing'> {
  for (let attempt = 0; ; attempt++) {
    let text: string;
    try {
      text = await fs.readFile(lockPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
      throw error;
    }
    // An empty file is a holder between creating and writing it; give it a moment before calling it stale.
    if (text === '' && attempt < 3) {
      await sleep(100);
      continue;
    }
    const [pidLine = '', startLine = ''] = text.split('\n');
    return { text, pid: Number.parseInt(pidLine, 10), startTime: startLine || null };
  }
}

function holderIsLive(holder: LockHolder): boolean {
  if (!isProcessAlive(holder.pid)) return false;
  // Same pid, different start time: the pid was reused after the holder died (common after a reboot).
  const startTime = processStartTime(holder.pid);
  return holder.startTime === null || startTime === null || startTime === holder.startTime;
}

/**
 * Removes a stale lock, but only while holding a second "breaker" lock and only if the file still holds the
 * stale text: otherwise two starters that both saw the stale lock could each remove the other's fresh one.
 */
async function breakStaleLock(lockPath: string, staleText: string): Promise<void> {
  const breaker = `${lockPath}.break`;
  try {
    await fs.writeFile(breaker, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A breaker left by a process killed in this tiny window would block forever; it is stale after 10 s.
    const stat = await fs.stat(breaker).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > 10_000) await fs.rm(breaker, { force: true });
    await sleep(50);
    return;
  }
  try {
    const current = await fs.readFile(lockPath, 'utf8').catch(() => null);
    if (current === staleText) await fs.rm(lockPath, { force: true });
  } finally {
    await fs.rm(breaker, { force: true });
  }
}

/**
 * Takes the app lock: a file created with O_EXCL holding our pid. Returns null when taken, or the pid of
 * the live process that holds it. A lock whose holder is dead (or is this very process, left by an earlier
 * start that never released it) is stale and is replaced.
 */
export async function acquireAppLock(lockPath: string): Promise<number | null> {
  const content = `${process.pid}\n${processStartTime(process.pid) ?? ''}\n`;
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      await fs.writeFile(lockPath, content, { flag: 'wx', mode: 0o644 });
      return null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readLockHolder(lockPath);
    if (holder === 'missing') continue;
    if (holder.pid !== process.pid && holderIsLive(holder)) return holder.pid;
    await breakStaleLock(lockPath, holder.text);
  }
  throw new Error(`could not take the lock ${lockPath}`);
}

/** Removes the app lock if it is ours; never another process's. */
export async function releaseAppLock(lockPath: string): Promise<void> {
  const holder = await readLockHolder(lockPath);
  if (holder !== 'missing' && holder.pid === process.pid) await fs.rm(lockPath, { force: true });
}
