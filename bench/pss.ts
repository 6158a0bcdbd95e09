// Memory as the machine sees it: PSS (proportional set size) from /proc/<pid>/smaps_rollup. PSS, not
// RSS: PostgreSQL's processes share their buffers, and RSS would count them once per process.
import { readdir, readFile } from 'node:fs/promises';
import { layoutOf, readPostmasterPid } from '../packages/server/src/platform/db/embedded-layout.ts';

export async function pssKiB(pid: number): Promise<number> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
  return Number(/Pss:\s+(\d+)/.exec(rollup)?.[1] ?? 0);
}

/**
 * The embedded PostgreSQL of a data folder: its postmaster (from the pid file) and every process the
 * postmaster started (backends, checkpointer, WAL writer …), found by their parent; their command
 * lines no longer name the data folder once they set their process titles.
 */
export async function postgresPids(dataDir: string): Promise<number[]> {
  const postmaster = await readPostmasterPid(layoutOf(dataDir).pgDir);
  if (postmaster === null) return [];
  const children: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const status = await readFile(`/proc/${entry}/status`, 'utf8').catch(() => '');
    if (Number(/PPid:\s+(\d+)/.exec(status)?.[1]) === postmaster) children.push(Number(entry));
  }
  return [postmaster, ...children];
}

export interface PssSample {
  appMiB: number;
  postgresMiB: number;
  totalMiB: number;
  postgresProcesses: number;
}

/** PSS of the app process and of its embedded PostgreSQL, in MiB. */
export async function appAndPostgresPss(appPid: number, dataDir: string): Promise<PssSample> {
  const pids = await postgresPids(dataDir);
  const appMiB = (await pssKiB(appPid)) / 1024;
  let postgresKiB = 0;
  for (const pid of pids) postgresKiB += await pssKiB(pid);
  const postgresMiB = postgresKiB / 1024;
  return { appMiB, postgresMiB, totalMiB: appMiB + postgresMiB, postgresProcesses: pids.length };
}
