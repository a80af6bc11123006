/**
 * Object paths pino blanks out before a line is written: whatever a caller
 * passes under these names (a request's headers, a config object, a token).
 */
const SECRET_FIELDS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'authorization',
  'Authorization',
  'password',
  'cookie',
  'secret',
];

export const REDACT_PATHS: readonly string[] = Object.freeze([
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((f) => `*.${f}`),
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.Authorization',
  '*.headers.cookie',
  '*.*.headers.authorization',
  'slack.botToken',
  'slack.appToken',
  'slack.signingSecret',
  'inventory.authorization',
  'store.redisUrl',
]);
