import { da, fill } from '@helhed/core';
import type { ActionCard } from '../types.ts';

const t = da.alerting.ui;

/** The plan's procedure and levels, as the action card states them. */
export function ActionCardView({ card }: { card: ActionCard }) {
  return (
    <>
      <h2 id="procedure-title">{t.procedure}</h2>
      <ol>
        {card.procedure.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <h2>{t.levelsTitle}</h2>
      <dl className="facts">
        {card.levels.map((level) => (
          <div className="facts__row" key={level.level}>
            <dt>
              <span className={`level level--${level.level}`}>{da.alerting.levels[level.level]}</span>
            </dt>
            <dd>{level.description}</dd>
          </div>
        ))}
      </dl>
      <p>{fill(t.keptCurrentBy, { who: card.keptCurrentBy })}</p>
    </>
  );
}
