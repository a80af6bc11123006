import { describe, expect, it } from 'vitest';
import { escapeCode, escapeMrkdwn } from '../../../../src/core/render/blocks/escape-mrkdwn.ts';
import { clampText, clip } from '../../../../src/core/render/blocks/slack-limits.ts';

describe('escapeMrkdwn', () => {
  it('turns the three characters Slack parses into entities', () => {
    expect(escapeMrkdwn('<!channel> R&D <@U123|x> <https://evil|click>')).toBe(
      '&lt;!channel&gt; R&amp;D &lt;@U123|x&gt; &lt;https://evil|click&gt;',
    );
  });

  it('escapes an ampersand first, so an entity in the input stays visible text', () => {
    expect(escapeMrkdwn('&lt;')).toBe('&amp;lt;');
  });

  it('turns control characters into spaces and drops bidi overrides', () => {
    const hostile = 'Ops\nTeam\u0000X\u202eevil\u2066y\u2069\u200f';
    const out = escapeMrkdwn(hostile);
    expect(out).toBe('Ops Team Xevily');
    const codes = [...out].map((c) => c.codePointAt(0)!);
    expect(
      codes.filter((c) => c < 0x20 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)),
    ).toEqual([]);
  });

  it('keeps ordinary names and emoji as they are', () => {
    expect(escapeMrkdwn('Team Blue 🚀 (ops)')).toBe('Team Blue 🚀 (ops)');
  });

  it('escapeCode also replaces backticks so a name cannot close a code block', () => {
    expect(escapeCode('a```<b>')).toBe('aˋˋˋ&lt;b&gt;');
  });
});

describe('clampText and clip', () => {
  it('never ends inside an entity', () => {
    const text = `${'x'.repeat(8)}&amp;&lt;`;
    for (let max = 2; max < text.length; max++) {
      const out = clampText(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.endsWith('…')).toBe(true);
      const body = out.slice(0, -1);
      // Every `&` that remains starts a complete entity.
      expect(body.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
    }
  });

  it('does not split an emoji', () => {
    const out = clip('ab😀cd', 4);
    expect(out).toBe('ab…');
    expect(clip('short', 10)).toBe('short');
  });
});
