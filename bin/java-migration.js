#!/usr/bin/env node
// The `java-migration` command: registers tsx so the TypeScript CLI runs as it is, without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
