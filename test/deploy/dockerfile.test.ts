import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEALTH_PATHS } from '../../src/adapters/http/create-health-routes.ts';
import { envSchema } from '../../src/config/env-schema.ts';

interface Stage {
  readonly from: string;
  readonly name: string | null;
  readonly instructions: { readonly op: string; readonly args: string }[];
}

/** Dockerfile -> stages of instructions, continuation lines joined, comments dropped. */
function parseDockerfile(text: string): { args: Record<string, string>; stages: Stage[] } {
  const logical = text
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const args: Record<string, string> = {};
  const stages: { from: string; name: string | null; instructions: { op: string; args: string }[] }[] = [];
  for (const line of logical) {
    const [, op, rest] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    if (op === 'ARG' && !stages.length) {
      const [k, v] = rest.split('=');
      args[k] = v;
    } else if (op === 'FROM') {
      const [image, , name] = rest.split(/\s+/);
      stages.push({
        from: image.replace(/^\$\{(\w+)\}$/, (_, k) => args[k]),
        name: name ?? null,
        instructions: [],
      });
    } else stages.at(-1)?.instructions.push({ op, args: rest });
  }
  return { args, stages };
}

const aptPackages = (stage: Stage) =>
  stage.instructions
    .filter((i) => i.op === 'RUN')
    .flatMap((i) => [...i.args.matchAll(/apt-get install ([^&;]*)/g)])
    .flatMap((m) => m[1].split(/\s+/).filter((w) => w && !w.startsWith('-')));

/** A bash array from .ci/run: `name=(a b c)`, possibly over several lines. */
function ciArray(name: string): string[] {
  const text = readFileSync('.ci/run', 'utf8');
  const m = new RegExp(`^${name}=\\(([^)]*)\\)`, 'm').exec(text);
  if (!m) throw new Error(`.ci/run has no ${name}=(...)`);
  return m[1].split(/\s+/).filter(Boolean);
}

const { stages } = parseDockerfile(readFileSync('Dockerfile', 'utf8'));
const [build, final] = stages;
const finalOps = (op: string) => final.instructions.filter((i) => i.op === op).map((i) => i.args);
const finalEnv = Object.fromEntries(
  finalOps('ENV')
    .flatMap((a) => a.split(/\s+/))
    .map((kv) => kv.split('=')),
);

describe('Dockerfile', () => {
  it('is multi-stage on Node 24 slim', () => {
    expect(stages).toHaveLength(2);
    for (const s of stages) expect(s.from).toMatch(/^node:24(-[a-z]+)?-slim$/);
    expect(build.name).toBe('build');
    expect(finalOps('COPY').some((a) => a.startsWith('--from=build'))).toBe(true);
  });

  it('installs the same Debian packages as .ci/run: build stage = build_pkgs, final stage = runtime_pkgs', () => {
    expect(aptPackages(build).sort()).toEqual(ciArray('build_pkgs').sort());
    expect(aptPackages(final).sort()).toEqual(ciArray('runtime_pkgs').sort());
    // No compiler or -dev package in the final image.
    for (const p of aptPackages(final)) expect(p).not.toMatch(/-dev$|^build-essential$|^pkg-config$/);
  });

  it('installs production dependencies only, and runs node itself (signals reach the app)', () => {
    expect(build.instructions.some((i) => i.op === 'RUN' && /npm ci\b.*--omit=dev/.test(i.args))).toBe(true);
    const cmd = JSON.parse(finalOps('CMD')[0]) as string[];
    expect(cmd[0]).toBe('node');
    expect(cmd.at(-1)).toBe('src/main.ts');
  });

  it('runs as a non-root user, with volumes for config and data and the app port exposed', () => {
    const user = finalOps('USER').at(-1)!;
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    const volumes = JSON.parse(finalOps('VOLUME')[0]) as string[];
    expect(volumes).toContain(finalEnv.DATA_DIR);
    expect(volumes).toContain(finalEnv.MIGRATION_CONFIG.slice(0, finalEnv.MIGRATION_CONFIG.lastIndexOf('/')));
    expect(finalOps('EXPOSE')).toEqual([String(envSchema.parse({}).PORT)]);
    expect(finalEnv.PORT).toBe(String(envSchema.parse({}).PORT));
    for (const key of Object.keys(finalEnv))
      if (key !== 'NODE_ENV') expect(Object.keys(envSchema.shape)).toContain(key);
  });

  it('has a HEALTHCHECK on /healthz that needs no curl, and whose script runs', () => {
    const check = finalOps('HEALTHCHECK')[0];
    const cmd = JSON.parse(check.slice(check.indexOf('CMD') + 3).trim()) as string[];
    expect(cmd.slice(0, 2)).toEqual(['node', '-e']);
    expect(cmd[2]).toContain(HEALTH_PATHS.live);
    // Against nothing listening, the one-liner must fail (exit 1), not hang or throw a syntax error.
    const port = '1';
    let status = 0;
    try {
      execFileSync(process.execPath, ['-e', cmd[2]], {
        env: { ...process.env, PORT: port },
        timeout: 10_000,
      });
    } catch (error) {
      status = (error as { status: number }).status;
    }
    expect(status).toBe(1);
  });

  it('leaves tests, secrets and local state out of the build context', () => {
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n');
    for (const p of ['.git', '.env', 'node_modules', 'test', 'data']) expect(ignored).toContain(p);
  });
});

// The final stage's libraries must cover what canvas really links against. CI installs
// runtime_pkgs, so on a CI machine the owner of each library canvas needs can be looked up.
const canvasBinary = 'node_modules/canvas/build/Release/canvas.node';
const canInspect =
  existsSync(canvasBinary) && existsSync('/usr/bin/dpkg-query') && existsSync('/usr/bin/objdump');

describe.skipIf(!canInspect)('the runtime packages cover canvas', () => {
  it('every library canvas.node needs comes from runtime_pkgs or their dependencies', () => {
    const needed = [
      ...execFileSync('objdump', ['-p', canvasBinary], { encoding: 'utf8' }).matchAll(/NEEDED\s+(\S+)/g),
    ].map((m) => m[1]);
    expect(needed).toContain('libcairo.so.2');
    // One query for every installed package's dependencies (arch qualifiers and versions dropped).
    // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own ${Field} format, not a template.
    const table = execFileSync('dpkg-query', ['-W', '-f=${Package}\t${Depends},${Pre-Depends}\n'], {
      encoding: 'utf8',
    });
    const dependsOf = new Map(
      table
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [pkg, deps] = line.split('\t');
          return [
            pkg,
            deps
              .split(/[,|]/)
              .map((d) => d.trim().split(/[\s:]/)[0])
              .filter(Boolean),
          ] as const;
        }),
    );
    const closure = new Set<string>();
    const queue = [...ciArray('runtime_pkgs')];
    while (queue.length) {
      const pkg = queue.shift()!;
      if (closure.has(pkg)) continue;
      closure.add(pkg);
      queue.push(...(dependsOf.get(pkg) ?? []));
    }
    const cache = execFileSync('ldconfig', ['-p'], { encoding: 'utf8' });
    const pathOf = (lib: string) =>
      new RegExp(`^\\s*${lib.replace(/[.+]/g, '\\$&')} \\(.*=> (\\S+)$`, 'm').exec(cache)?.[1];
    const paths = needed.map((lib) => pathOf(lib)!);
    expect(paths.every(Boolean)).toBe(true);
    // With merged /usr, ldconfig may say /lib/… where dpkg recorded /usr/lib/…: ask for both forms at once.
    const owners = new Map<string, string>();
    const query = spawnSync('dpkg-query', ['-S', ...paths, ...paths.map((p) => `/usr${p}`)], {
      encoding: 'utf8',
    });
    for (const line of query.stdout.split('\n')) {
      const m = /^([^:]+)(?::\S+)?: (\S+)$/.exec(line);
      if (m) owners.set(m[2].replace(/^\/usr(?=\/lib)/, ''), m[1]);
    }
    for (const [i, lib] of needed.entries()) {
      const owner = owners.get(paths[i].replace(/^\/usr(?=\/lib)/, ''));
      expect(owner, lib).toBeTruthy();
      expect(closure.has(owner!), `${lib} (${owner})`).toBe(true);
    }
  });
});
