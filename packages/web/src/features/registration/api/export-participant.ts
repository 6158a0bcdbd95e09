/** The participant's data (GDPR art. 15): a printable page and a JSON download, opened as links. */
export function participantExportUrls(participantId: string) {
  const base = `/api/v1/participants/${participantId}`;
  return { html: `${base}/export.html`, json: `${base}/export` };
}
