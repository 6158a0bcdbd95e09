import { da } from '@helhed/core';
import type { Level } from '../types.ts';

export function LevelBadge({ level }: { level: Level }) {
  return <span className={`level level--${level}`}>{da.alerting.levels[level]}</span>;
}
