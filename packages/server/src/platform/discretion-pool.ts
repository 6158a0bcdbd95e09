import { Worker } from 'node:worker_threads';
import { type CellKind, DiscretionError, type SafeCount, type SumRule } from '@helhed/core';
import type { DiscretionAnswer, DiscretionJob } from './discretion-job.ts';

/**
 * Runs suppressCounts in a worker thread (discretion-job.ts). The thread starts with the first
 * book, audits one book at a time in the order asked, and does not keep the process alive. A
 * thread that dies fails every book it held (closed, never open); the next book starts a new one.
 * Both the sources (discretion-worker.js, through tsx) and the compiled build (its bundled entry)
 * have the worker file next to this module under the same name.
 */
export type OffThreadSuppress = (
  values: readonly number[],
  rules: readonly SumRule[],
  kinds: readonly CellKind[],
  options: { threshold: number; audit?: boolean },
) => Promise<SafeCount[]>;

type Pending = { resolve: (safe: SafeCount[]) => void; reject: (error: Error) => void };

const WORKER_FILE = new URL('./discretion-worker.js', import.meta.url);
let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error) {
  const held = [...pending.values()];
  pending.clear();
  worker = undefined;
  for (const job of held) job.reject(error);
}

function started(): Worker {
  if (worker) return worker;
  const thread = new Worker(WORKER_FILE, { execArgv: [] });
  thread.unref();
  thread.on('message', (answer: DiscretionAnswer) => {
    const job = pending.get(answer.id);
    if (!job) return;
    pending.delete(answer.id);
    if ('safe' in answer) job.resolve(answer.safe);
    else if (answer.failed === 'discretion') job.reject(new DiscretionError(answer.message));
    else job.reject(new Error(`Discretion worker: ${answer.message}`));
    if (pending.size === 0) thread.unref();
  });
  thread.on('error', (error) => {
    if (worker === thread) failAll(error);
  });
  thread.on('exit', (code) => {
    if (worker === thread) failAll(new Error(`Discretion worker stopped (${code})`));
  });
  worker = thread;
  return thread;
}

export const suppressOffThread: OffThreadSuppress = (values, rules, kinds, options) =>
  new Promise((resolve, reject) => {
    const thread = started();
    const id = nextId++;
    pending.set(id, { resolve, reject });
    // While a book is being audited the thread keeps the process alive, as any request would.
    thread.ref();
    // postMessage copies the book (structured clone): nothing here needs copying first.
    const job: DiscretionJob = {
      id,
      values,
      rules,
      kinds,
      threshold: options.threshold,
      audit: options.audit ?? true,
    };
    thread.postMessage(job);
  });

/** Tests only: stops the thread (its books fail) so that the next book starts a new one. */
export async function stopDiscretionWorkerForTests(): Promise<void> {
  const thread = worker;
  if (thread) await thread.terminate();
}
