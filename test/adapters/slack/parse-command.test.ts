import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/adapters/slack/parse-command.ts';

describe('parseCommand', () => {
  it.each([
    ['', { kind: 'status' }],
    ['  status ', { kind: 'status' }],
    ['STATUS', { kind: 'status' }],
    ['team Team Blue', { kind: 'team', name: 'Team Blue' }],
    ['Team   blue', { kind: 'team', name: 'blue' }],
    ['team <!channel> Ops', { kind: 'team', name: '<!channel> Ops' }],
    ['trend', { kind: 'trend' }],
    ['refresh', { kind: 'refresh' }],
    ['help', { kind: 'help' }],
    ['help me please', { kind: 'help' }],
  ])('%j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it.each(['team', 'team   ', 'status now', 'deploy prod', 'trend blue', '<!channel>'])(
    'answers %j with usage',
    (text) => {
      expect(parseCommand(text)).toEqual({ kind: 'usage', text });
    },
  );
});
