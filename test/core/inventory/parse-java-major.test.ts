import { describe, expect, it } from 'vitest';
import { parseJavaMajor } from '../../../src/core/inventory/parse-java-major.ts';

describe('parseJavaMajor', () => {
  it.each([
    // DESIGN.md's forms
    ['1.8.0_202', 8],
    ['jdk1.8.0_181', 8],
    ['8u212-b04-2~deb9u1', 8],
    ['8.202.b08-66', 8],
    ['8.202.b08-85', 8],
    ['11.0.2+9-3', 11],
    ['17.0.9+9-1~deb11u1', 17],
    // other common forms
    ['openjdk-11', 11],
    ['openjdk-17-jre-headless', 17],
    ['java-1.8.0-openjdk', 8],
    ['java-1.8.0-openjdk-1.8.0.382.b05-1.el7', 8],
    ['java-11-openjdk-11.0.20.0.8-1.el7', 11],
    ['11', 11],
    ['8', 8],
    ['21.0.1', 21],
    ['1.7.0_80', 7],
    ['1.6.0_45', 6],
    ['jre1.8.0_291', 8],
    ['zulu11.50.19-ca-jdk11.0.12', 11],
    ['zulu8.72.0.17-ca-jdk8.0.382', 8],
    ['temurin-17', 17],
    ['temurin-21-jdk', 21],
    ['jdk-21.0.2+13', 21],
    ['jdk-17', 17],
    ['jdk8u202-b08', 8],
    ['adoptopenjdk-11-hotspot', 11],
    ['corretto-17.0.9.8.1', 17],
    ['amazon-corretto-11', 11],
    ['graalvm-ce-java17-22.3.0', 17],
    ['Java SE 8u202', 8],
    ['Oracle Java 8 Update 202', 8],
    ['OpenJDK-11', 11],
    // epochs and platforms are not versions
    ['1:11.0.2', 11],
    ['2:1.8.0_202', 8],
    ['x86_64-openjdk-11', 11],
    ['win64 jdk 17.0.2', 17],
    ['  11.0.21+9-1~deb10u1  ', 11],
  ])('%j -> %d', (version, major) => {
    expect(parseJavaMajor(version)).toBe(major);
  });

  it.each([[''], ['   '], ['unknown'], ['n/a'], ['openjdk'], ['1.11.2'], ['2019'], ['0.9'], ['1']])(
    '%j -> null (unreadable)',
    (version) => {
      expect(parseJavaMajor(version)).toBeNull();
    },
  );
});
