// One periodic job of this process (genhusning's and the milepælsplan's reminders): runs at start
// and then every intervalMs, never two runs at once, and a failed run is logged, not swallowed; the
// next run tries again. Stopping waits for the run under way.

/** Where a job reports what failed: the app's logger. */
export interface JobLog {
  error(details: object, message: string): void;
}

export class PeriodicJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly run: () => Promise<unknown>,
    private readonly log: JobLog,
  ) {}

  start(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private tick(): void {
    // A run still under way when the interval comes round is left to finish.
    if (this.running) return;
    this.running = this.run()
      .then(
        () => undefined,
        (error: unknown) => this.log.error({ err: error, job: this.name }, `${this.name}: run failed`),
      )
      .finally(() => {
        this.running = null;
      });
  }
}
