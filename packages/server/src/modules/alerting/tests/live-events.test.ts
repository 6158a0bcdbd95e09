import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAlertingTestApp, enterAlertList, raiseIncident } from '../../../../test/alerting-test-app.ts';
import { addUser, as, type Session, signIn, type TestApp } from '../../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';

// The live incident page's server-sent events, over a real socket.
describe.each(TEST_DATABASES)('live incident events (%s)', (kind) => {
  let t: TestApp;
  let leader: Session;
  let baseUrl: string;
  let closed = false;

  beforeAll(async () => {
    t = await buildAlertingTestApp(kind, { smtpUrl: null });
    await addUser(t.db, t.planId, 'alerting', 'ssp@ssp.test');
    leader = await signIn(t.app, 'ssp@ssp.test');
    await enterAlertList(t.app, leader);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    if (!closed) await t?.close();
  });

  it('pushes a change when the incident changes, and an open stream does not hold up shutdown', async () => {
    const raised = await raiseIncident(t.app, leader);
    const id = raised.json().id;
    const response = await fetch(`${baseUrl}/api/v1/alerting/incidents/${id}/events`, {
      headers: { cookie: leader.cookie },
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let received = '';
    const readUntil = async (count: number) => {
      while ((received.match(/event: change/g) ?? []).length < count) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended after: ${received}`);
        received += decoder.decode(value);
      }
    };
    await readUntil(1);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/alerting/incidents/${id}/log`,
      headers: as(leader, 'POST'),
      payload: { kind: 'update', text: 'Politiet er ankommet.' },
    });
    await readUntil(2);

    const started = Date.now();
    await t.close();
    closed = true;
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
