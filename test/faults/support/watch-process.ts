/**
 * Listens for what must never happen in the bot's process: an unhandled
 * promise rejection or an uncaught exception. Cases assert the lists stay empty.
 */
export interface ProcessWatch {
  readonly unhandled: string[];
  stop(): void;
}

export function watchProcess(): ProcessWatch {
  const unhandled: string[] = [];
  const onRejection = (reason: unknown) => {
    unhandled.push(`unhandledRejection: ${reason instanceof Error ? reason.stack : String(reason)}`);
  };
  const onException = (error: Error) => {
    unhandled.push(`uncaughtException: ${error.stack}`);
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return {
    unhandled,
    stop() {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
    },
  };
}
