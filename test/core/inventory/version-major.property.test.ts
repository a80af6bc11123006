/**
 * Property tests of the version cleaning and Java major parsing (issue 8):
 * version strings built from a major and one of the forms package
 * inventories show, with an optional `(arch)` suffix and stray whitespace,
 * parse back to the major they were built from; any string at all parses to
 * null or a major without throwing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanVersion } from '../../../src/core/inventory/clean-version.ts';
import { parseJavaMajor } from '../../../src/core/inventory/parse-java-major.ts';

/** The inventory's raw `Installed version` -> the major, as the cleaning pipeline does it. */
const majorOf = (raw: string) => parseJavaMajor(cleanVersion(raw));

const n = (max: number) => fc.integer({ min: 0, max });
const pad2 = (v: number) => String(v).padStart(2, '0');
/** Random upper/lower case, as vendors and CMDBs spell names. */
const anyCase = (word: string) =>
  fc
    .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
    .map((upper) => [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));

const modern = fc.integer({ min: 9, max: 99 });
const anyMajor = fc.integer({ min: 2, max: 99 });

/** [major, version string] pairs, one arbitrary per form. */
const FORMS: Record<string, fc.Arbitrary<[number, string]>> = {
  // 1.8.0_202 (legacy numbering: the minor is the major, up to Java 8)
  legacy: fc
    .tuple(fc.integer({ min: 2, max: 8 }), n(500))
    .map(([m, u]): [number, string] => [m, `1.${m}.0_${u}`]),
  // jdk1.8.0_181, jre1.7.0_80
  legacyPrefixed: fc
    .tuple(fc.constantFrom('jdk', 'jre', 'java-'), fc.integer({ min: 2, max: 8 }), n(500))
    .map(([p, m, u]): [number, string] => [m, `${p}1.${m}.0_${u}`]),
  // 8u212-b04-2~deb9u1
  update: fc
    .tuple(anyMajor, n(500), n(99), n(9), fc.boolean())
    .map(([m, u, b, r, deb]): [number, string] => [
      m,
      `${m}u${u}-b${pad2(b)}-${r}${deb ? `~deb${r + 8}u1` : ''}`,
    ]),
  // 8.202.b08-66
  dotted: fc
    .tuple(anyMajor, n(500), n(99), n(99))
    .map(([m, u, b, r]): [number, string] => [m, `${m}.${u}.b${pad2(b)}-${r}`]),
  // 11.0.2+9-3, 17.0.9+9-1~deb11u1
  plus: fc
    .tuple(modern, n(30), n(40), n(9), fc.boolean())
    .map(([m, p, b, r, deb]): [number, string] => [m, `${m}.0.${p}+${b}-${r}${deb ? '~deb11u1' : ''}`]),
  // 21.0.1
  semver: fc.tuple(modern, n(30)).map(([m, p]): [number, string] => [m, `${m}.0.${p}`]),
  // openjdk-11, openjdk-17-jre-headless
  openjdk: fc
    .tuple(anyCase('openjdk'), modern, fc.constantFrom('', '-jre', '-jdk', '-jre-headless'))
    .map(([name, m, tail]): [number, string] => [m, `${name}-${m}${tail}`]),
  // jdk-21.0.2+13, jdk-17
  jdk: fc
    .tuple(anyCase('jdk'), modern, fc.option(fc.tuple(n(30), n(40))))
    .map(([name, m, rest]): [number, string] => [
      m,
      rest ? `${name}-${m}.0.${rest[0]}+${rest[1]}` : `${name}-${m}`,
    ]),
  // 1:11.0.2 (a Debian epoch is not the version)
  epoch: fc
    .tuple(fc.integer({ min: 1, max: 9 }), modern, n(30))
    .map(([e, m, p]): [number, string] => [m, `${e}:${m}.0.${p}`]),
};

const ARCH = fc.constantFrom('', '(amd64)', '(x86_64)', '(arm64)', '(i386)', '(aarch64)', ' (ppc64le)');
const SPACE = fc.constantFrom('', ' ', '  ', '\t', ' \t ');

/** A raw inventory cell: a form, an optional architecture suffix, whitespace around. */
const rawVersion = fc
  .tuple(fc.oneof(...Object.values(FORMS)), ARCH, SPACE, SPACE)
  .map(([[major, version], arch, before, after]): [number, string] => [
    major,
    `${before}${version}${arch}${after}`,
  ]);

describe('Java major of constructed version strings', () => {
  for (const [name, form] of Object.entries(FORMS)) {
    it(`${name}: parses back to the major it was built from`, () => {
      fc.assert(
        fc.property(form, ([major, version]) => {
          expect(parseJavaMajor(version)).toBe(major);
        }),
      );
    });
  }

  it('any form with an (arch) suffix and whitespace: the cleaned version parses to its major', () => {
    fc.assert(
      fc.property(rawVersion, ([major, raw]) => {
        expect(majorOf(raw)).toBe(major);
      }),
      { numRuns: 500 },
    );
  });

  it('the cleaned version keeps no architecture suffix and no outer whitespace', () => {
    fc.assert(
      fc.property(rawVersion, ([, raw]) => {
        const clean = cleanVersion(raw);
        expect(clean).not.toMatch(/[()]/);
        expect(clean).toBe(clean.trim());
      }),
    );
  });
});

describe('arbitrary strings', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.stringMatching(/^[\d.:_+~()a-z -]{0,40}$/),
  );

  it('never throw, and give null or a whole major from 1 to 99', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const major = majorOf(text);
        if (major !== null) {
          expect(Number.isInteger(major)).toBe(true);
          expect(major).toBeGreaterThanOrEqual(1);
          expect(major).toBeLessThanOrEqual(99);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a string without digits has no major', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).filter((s) => !/\d/.test(s)),
        (text) => {
          expect(majorOf(text)).toBeNull();
        },
      ),
    );
  });
});
