import type { FastifyBaseLogger } from 'fastify';
import { type Action, isAllowed, restrictionOf } from '../access/actions.ts';
import type { SessionActor } from '../access/request-context.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/errors.ts';
import { findLiveSessionsByIds } from './queries.ts';
import { SESSION_IDLE_MINUTES } from './session-cookie.ts';

/** The most open live streams one user may hold in this process (the Danish message names 5). */
export const MAX_STREAMS_PER_USER = 5;
/** A stream's session is re-checked at least this often, whatever the setting says. */
export const MAX_RECHECK_MS = 30_000;

export interface LiveStreamSettings {
  /** How often every open stream's session is re-checked in the database (at most 30 s). */
  recheckMs: number;
}

/** HELHED_STREAM_RECHECK_SECONDS (1–30, default 30). */
export function liveStreamSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): LiveStreamSettings {
  const seconds = Number(env.HELHED_STREAM_RECHECK_SECONDS);
  const valid = env.HELHED_STREAM_RECHECK_SECONDS && Number.isFinite(seconds) && seconds > 0;
  return { recheckMs: valid ? Math.min(seconds * 1000, MAX_RECHECK_MS) : MAX_RECHECK_MS };
}

/** Why a stream was ended: its session no longer grants it, or the server is closing. */
export type StreamEndReason = 'session-ended' | 'shutdown';

interface OpenStream {
  sessionId: string;
  userId: string;
  role: SessionActor['role'];
  teamId: string | null;
  action: Action;
  confirmedAt: number;
  end: (reason: StreamEndReason) => void;
}

type LiveSessionRow = Awaited<ReturnType<typeof findLiveSessionsByIds>>[number];

/** The session still grants what the stream was opened with: same user, role and team, still allowed. */
function stillGrants(row: LiveSessionRow, stream: OpenStream): boolean {
  if (row.user_id !== stream.userId || row.role !== stream.role || row.team_id !== stream.teamId)
    return false;
  const restriction = restrictionOf({
    role: stream.role,
    mustChangePassword: row.must_change_password,
    secondFactorPending: row.state === 'pending-second-factor',
    hasSecondFactor: row.has_second_factor,
  });
  if (restriction && !restriction.allowed.includes(stream.action)) return false;
  return isAllowed(stream.role, stream.action);
}

/**
 * Every long-lived response (server-sent events) of this process, keyed by session and user. The
 * periodic re-check is the guarantee, also for changes made by another process: every `recheckMs`
 * one query looks up all open streams' sessions, and a stream whose session has ended, expired or
 * gone idle, whose user was deactivated, or whose role or team changed is ended. Sign-out and the
 * other session-ending paths of this process call `endSession`/`endUser` to end streams at once.
 */
export class LiveStreams {
  private readonly streams = new Set<OpenStream>();
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | null = null;
  private checking = false;

  constructor(
    private readonly db: Db,
    settings: LiveStreamSettings,
    private readonly log?: FastifyBaseLogger,
  ) {
    this.intervalMs = Math.max(10, Math.min(settings.recheckMs, MAX_RECHECK_MS));
  }

  /**
   * Registers a stream of the signed-in actor for the route's access action, or refuses it with
   * STREAM_LIMIT (429) when the user already holds MAX_STREAMS_PER_USER. Synchronous, so two
   * requests at once cannot both take the last slot. Returns the release for a closed connection.
   */
  open(actor: SessionActor, action: Action, end: (reason: StreamEndReason) => void): () => void {
    let held = 0;
    for (const stream of this.streams) if (stream.userId === actor.userId) held += 1;
    if (held >= MAX_STREAMS_PER_USER) throw new AppError('STREAM_LIMIT');
    const stream: OpenStream = {
      sessionId: actor.sessionId,
      userId: actor.userId,
      role: actor.role,
      teamId: actor.teamId,
      action,
      confirmedAt: Date.now(),
      end,
    };
    this.streams.add(stream);
    this.timer ??= setInterval(() => void this.recheck(), this.intervalMs);
    this.timer.unref();
    return () => this.release(stream);
  }

  /** This session was ended (sign-out, "Mine sessioner"): its streams end now. */
  endSession(sessionId: string): void {
    for (const stream of [...this.streams]) if (stream.sessionId === sessionId) this.finish(stream);
  }

  /** The user's sessions were ended or changed (password, team): their streams end now. */
  endUser(userId: string, exceptSessionId?: string): void {
    for (const stream of [...this.streams]) {
      if (stream.userId === userId && stream.sessionId !== exceptSessionId) this.finish(stream);
    }
  }

  /** Before the server closes: the HTTP server would otherwise wait for open streams forever. */
  endAll(): void {
    for (const stream of [...this.streams]) this.finish(stream, 'shutdown');
  }

  private release(stream: OpenStream): void {
    this.streams.delete(stream);
    if (this.streams.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  private finish(stream: OpenStream, reason: StreamEndReason = 'session-ended'): void {
    if (!this.streams.has(stream)) return;
    this.release(stream);
    stream.end(reason);
  }

  private async recheck(): Promise<void> {
    if (this.checking || this.streams.size === 0) return;
    this.checking = true;
    const streams = [...this.streams];
    try {
      const ids = [...new Set(streams.map((stream) => stream.sessionId))];
      const rows = new Map(
        (await findLiveSessionsByIds(this.db, ids, SESSION_IDLE_MINUTES)).map((row) => [row.session_id, row]),
      );
      const now = Date.now();
      for (const stream of streams) {
        const row = rows.get(stream.sessionId);
        if (row && stillGrants(row, stream)) stream.confirmedAt = now;
        else this.finish(stream);
      }
    } catch (error) {
      // The database is briefly away: a stream lives on for one more interval, then fails closed.
      this.log?.warn({ err: error }, 'live streams: session re-check failed');
      const limit = Date.now() - 2 * this.intervalMs;
      for (const stream of streams) if (stream.confirmedAt < limit) this.finish(stream);
    } finally {
      this.checking = false;
    }
  }
}
