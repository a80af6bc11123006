import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { HEALTH_PATHS } from '../../src/adapters/http/create-health-routes.ts';
import { envSchema } from '../../src/config/env-schema.ts';
import { loadConfig, parseRules } from '../../src/config/load-config.ts';
import { requireSlack } from '../../src/config/require-slack.ts';
import { SECRET_ENV_KEYS } from '../../src/config/secret-keys.ts';

const DIR = 'deploy/kubernetes';
// biome-ignore lint/suspicious/noExplicitAny: manifests are free-form YAML, checked field by field below.
type Doc = any;

const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
const docs: { file: string; doc: Doc }[] = files.flatMap((file) =>
  parseAllDocuments(readFileSync(join(DIR, file), 'utf8')).map((d) => {
    if (d.errors.length) throw new Error(`${file}: ${d.errors[0].message}`);
    return { file, doc: d.toJS() as Doc };
  }),
);
const byKind = (kind: string): Doc => {
  const found = docs.filter((d) => d.doc?.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0].doc;
};

const deployment = byKind('Deployment');
const pod = deployment.spec.template.spec;
const container = pod.containers[0];
const envValue = (name: string) =>
  container.env.find((e: Doc) => e.name === name)?.value as string | undefined;
const appKeys = Object.keys(envSchema.shape);
// The default PORT, from the schema itself.
const defaultPort = envSchema.parse({}).PORT;

describe('Kubernetes manifests', () => {
  it('parse, and every document has a kind, a name and the app label', () => {
    expect(files.sort()).toEqual(
      [
        'configmap.yaml',
        'deployment.yaml',
        'kustomization.yaml',
        'pdb.yaml',
        'secret.example.yaml',
        'service.yaml',
      ].sort(),
    );
    for (const { file, doc } of docs) {
      expect(doc.kind, file).toBeTypeOf('string');
      if (doc.kind === 'Kustomization') continue;
      expect(doc.metadata.name, file).toMatch(/^java-migration/);
      expect(doc.metadata.labels['app.kubernetes.io/name'], file).toBe('java-migration');
    }
  });

  it('runs 2 replicas as non-root with resources and a read-only root', () => {
    expect(deployment.spec.replicas).toBe(2);
    expect(deployment.spec.selector.matchLabels).toEqual(deployment.spec.template.metadata.labels);
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
    expect(container.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
    });
    expect(container.resources.requests.memory).toBeTruthy();
    expect(container.resources.limits.memory).toBeTruthy();
  });

  it('exposes the port the app listens on, and probes the health routes on it', () => {
    const port = container.ports.find((p: Doc) => p.name === 'http');
    expect(port.containerPort).toBe(Number(envValue('PORT')));
    expect(port.containerPort).toBe(defaultPort);
    expect(container.readinessProbe.httpGet).toEqual({ path: HEALTH_PATHS.ready, port: 'http' });
    expect(container.livenessProbe.httpGet).toEqual({ path: HEALTH_PATHS.live, port: 'http' });
    expect(container.startupProbe.httpGet).toEqual({ path: HEALTH_PATHS.live, port: 'http' });
    const annotations = deployment.spec.template.metadata.annotations;
    expect(annotations['prometheus.io/path']).toBe(HEALTH_PATHS.metrics);
    expect(Number(annotations['prometheus.io/port'])).toBe(port.containerPort);
    const service = byKind('Service');
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(service.spec.ports[0].targetPort).toBe('http');
  });

  it('sets only variables the app reads (or names as not read) and takes the secrets from the Secret', () => {
    const notRead = container.env.filter((e: Doc) => !appKeys.includes(e.name)).map((e: Doc) => e.name);
    expect(notRead).toEqual(['XDG_CACHE_HOME']);
    for (const secret of SECRET_ENV_KEYS) expect(container.env.map((e: Doc) => e.name)).not.toContain(secret);
    const secret = byKind('Secret');
    expect(container.envFrom).toEqual([{ secretRef: { name: secret.metadata.name } }]);
    const keys = Object.keys(secret.stringData).sort();
    expect(keys).toEqual([...SECRET_ENV_KEYS, 'REDIS_URL', 'INVENTORY_URL'].sort());
    for (const key of keys) expect(appKeys).toContain(key);
  });

  it('mounts the ConfigMap rules file where MIGRATION_CONFIG points, and it is valid', () => {
    const configMap = byKind('ConfigMap');
    const path = envValue('MIGRATION_CONFIG')!;
    const dir = path.slice(0, path.lastIndexOf('/'));
    const file = path.slice(dir.length + 1);
    const mount = container.volumeMounts.find((m: Doc) => m.mountPath === dir);
    const volume = pod.volumes.find((v: Doc) => v.name === mount.name);
    expect(volume.configMap.name).toBe(configMap.metadata.name);
    expect(configMap.data[file]).toBeTypeOf('string');
    expect(() => parseRules(configMap.data[file])).not.toThrow();
    const dataDir = envValue('DATA_DIR');
    expect(container.volumeMounts.map((m: Doc) => m.mountPath)).toContain(dataDir);
  });

  it('gives a configuration the app accepts: Deployment env + Secret template + ConfigMap', () => {
    const configMap = byKind('ConfigMap');
    const env = Object.fromEntries(container.env.map((e: Doc) => [e.name, e.value]));
    const config = loadConfig(
      { ...env, ...byKind('Secret').stringData },
      () => configMap.data['migration.yml'],
    );
    expect(requireSlack(config).mode).toBe('http');
    expect(config.store.redisUrl).toMatch(/^redis:/);
  });

  it('gives shutdown time: grace period above preStop sleep + shutdown bound + closing', () => {
    const rules = parseRules(byKind('ConfigMap').data['migration.yml']);
    const preStop = Number(container.lifecycle.preStop.exec.command.at(-1));
    const closing = 5;
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(
      preStop + rules.server.shutdownGraceSeconds + closing,
    );
  });

  it('keeps one replica through disruptions, and Redis is referenced, not bundled', () => {
    const pdb = byKind('PodDisruptionBudget');
    expect(pdb.spec.minAvailable).toBe(1);
    expect(pdb.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
    const images = docs.flatMap(
      ({ doc }) => doc.spec?.template?.spec?.containers?.map((c: Doc) => c.image) ?? [],
    );
    expect(images.join(' ')).not.toMatch(/redis/i);
    const kustomization = byKind('Kustomization');
    expect(kustomization.resources).not.toContain('secret.example.yaml');
    for (const r of kustomization.resources) expect(files).toContain(r);
  });
});
