import { describe, expect, it } from 'vitest';
import { PeriodicJob } from './periodic-job.ts';

// The reminder jobs' timer: a failed run is logged (it used to vanish in a .catch), the next run
// still comes, a slow run is never overlapped by the next, and stop waits for the run under way.
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a periodic job', () => {
  it('logs a failed run and runs again at the next interval', async () => {
    const logged: unknown[] = [];
    let runs = 0;
    const job = new PeriodicJob(
      'test job',
      20,
      async () => {
        runs += 1;
        if (runs === 1) throw new Error('SMTP refused');
      },
      { error: (details, message) => logged.push({ details, message }) },
    );
    job.start();
    await expect.poll(() => runs, { timeout: 2_000 }).toBeGreaterThanOrEqual(2);
    await job.stop();
    expect(logged).toEqual([
      {
        details: { err: expect.objectContaining({ message: 'SMTP refused' }), job: 'test job' },
        message: 'test job: run failed',
      },
    ]);
  });

  it('never starts a run while one is under way, and stop waits for it', async () => {
    let active = 0;
    let most = 0;
    let finished = 0;
    const job = new PeriodicJob(
      'slow job',
      5,
      async () => {
        active += 1;
        most = Math.max(most, active);
        await wait(60);
        active -= 1;
        finished += 1;
      },
      { error: () => undefined },
    );
    job.start();
    await wait(100);
    await job.stop();
    expect(most).toBe(1);
    expect(active).toBe(0);
    const after = finished;
    await wait(80);
    expect(finished).toBe(after);
  });
});
