/**
 * Readiness of the Slack side. HTTP mode: up once `start()` has resolved
 * (auth.test passed and the server listens) and until `stop()`. Socket Mode:
 * up while the WebSocket is connected, following the client's lifecycle events.
 */
import type { EventEmitter } from 'node:events';
import type { App } from '@slack/bolt';
import type { ReadyCheck } from '../http/create-readiness.ts';

export interface SlackConnection {
  readonly check: ReadyCheck;
  /** Call when `start()` resolved (HTTP mode) / `stop()` began. */
  setStarted(started: boolean): void;
}

export function watchSlackConnection(app: App, mode: 'http' | 'socket'): SlackConnection {
  let started = false;
  let socketUp = false;
  if (mode === 'socket') {
    // Bolt keeps its receiver private; the Socket Mode client on it is the one place that knows the connection state.
    const client = (app as unknown as { receiver: { client: EventEmitter } }).receiver.client;
    client.on('connected', () => {
      socketUp = true;
    });
    for (const state of ['disconnecting', 'disconnected', 'reconnecting']) {
      client.on(state, () => {
        socketUp = false;
      });
    }
  }
  return {
    check: () => started && (mode === 'http' || socketUp),
    setStarted: (value) => {
      started = value;
    },
  };
}
