/**
 * manifest.yml is what an admin pastes into Slack: it must parse, and agree
 * with what the app listens on and calls.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const manifest = parse(readFileSync(new URL('../../../manifest.yml', import.meta.url), 'utf8'));

describe('manifest.yml', () => {
  it('declares the slash command the app registers, at the events endpoint', () => {
    const [command] = manifest.features.slash_commands;
    expect(command.command).toBe('/java-migration');
    expect(command.url).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
    expect(command.usage_hint).toContain('team NAME');
    expect(command.description.length).toBeLessThanOrEqual(100);
  });

  it('sends interactivity and events to the same endpoint', () => {
    expect(manifest.settings.interactivity).toEqual({
      is_enabled: true,
      request_url: expect.stringMatching(/\/slack\/events$/),
    });
    expect(manifest.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/);
    expect(manifest.settings.event_subscriptions.bot_events).toContain('app_home_opened');
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });

  it('asks for the scopes the bot uses, and no more', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      ['chat:write', 'chat:write.public', 'commands', 'files:write', 'im:write', 'usergroups:read'].sort(),
    );
  });

  it('states the transport and stays within Slack field limits', () => {
    expect(typeof manifest.settings.socket_mode_enabled).toBe('boolean');
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    const long = manifest.display_information.long_description.length;
    expect(long).toBeGreaterThanOrEqual(175);
    expect(long).toBeLessThanOrEqual(4000);
    expect(manifest.features.bot_user.display_name).toMatch(/^[a-z0-9._-]{1,80}$/);
  });
});
