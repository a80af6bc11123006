/**
 * `npm start`: the Slack bot. Loads the config (a bad value stops here with
 * one line naming the key), builds the app and starts it. Everything else
 * lives in build-app.ts, so tests run the same app in-process; the process
 * concerns (health routes, metrics, readiness, graceful shutdown) are in
 * src/adapters/process/run-bot-process.ts.
 */
import { createBoltLogger } from './adapters/log/bolt-logger.ts';
import { createLogger } from './adapters/log/create-logger.ts';
import { createOperations } from './adapters/process/create-operations.ts';
import { runBotProcess } from './adapters/process/run-bot-process.ts';
import { buildApp } from './build-app.ts';
import { findEnvTypos } from './config/find-env-typos.ts';
import { loadConfig } from './config/load-config.ts';
import { requireSlack } from './config/require-slack.ts';
import { secretValues } from './config/secret-values.ts';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
    // The bot needs Slack settings; the CLI, which shares loadConfig, does not.
    requireSlack(config);
  } catch (error) {
    process.stderr.write(`java-migration: ${(error as Error).message}\n`);
    process.exit(1);
  }
  const logger = createLogger({ level: config.logLevel, secrets: secretValues(config) });
  for (const warning of findEnvTypos(process.env)) logger.warn(warning);
  const ops = createOperations({ logger });
  const app = buildApp(config, {
    logger,
    wrapLoader: ops.wrapLoader,
    wrapDigestPoster: ops.wrapDigestPoster,
    slack: {
      boltLogger: createBoltLogger(logger),
      observe: ops.observe,
      fetch: ops.slackFetch,
      customRoutes: ops.routes,
    },
  });
  try {
    await runBotProcess({ config, logger, ops, bot: app });
  } catch (error) {
    logger.fatal({ err: error }, (error as Error).message);
    process.exit(1);
  }
}

void main();
