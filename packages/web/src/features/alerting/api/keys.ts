/** Query keys of beredskab; every key starts with 'alerting'. */
export const alertingKeys = {
  all: ['alerting'] as const,
  status: ['alerting', 'status'] as const,
  rotaGaps: ['alerting', 'rota-gaps'] as const,
  actionCard: ['alerting', 'action-card'] as const,
  contacts: ['alerting', 'contacts'] as const,
  shifts: ['alerting', 'shifts'] as const,
  settings: ['alerting', 'settings'] as const,
  incidents: ['alerting', 'incidents'] as const,
  incident: (id: string) => ['alerting', 'incidents', id] as const,
  outbox: ['alerting', 'outbox'] as const,
};

export const ALERTING_PATH = '/api/v1/alerting';

/** The path of one incident. */
export const incidentPath = (id: string) => `${ALERTING_PATH}/incidents/${encodeURIComponent(id)}`;
