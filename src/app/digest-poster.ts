/**
 * The port the digest posts through (Slack's Web API in production). Kept
 * apart from the slash-command delivery: a digest has no user to fall back
 * to, and its message carries the slot it is for.
 */
import type { SlackMessage } from '../core/render/blocks/block-kit.ts';

export interface DigestFile {
  readonly bytes: Buffer;
  readonly filename: string;
  readonly title: string;
  /** Screen-reader text for the image. */
  readonly altText: string;
}

export type DigestPostResult =
  | { readonly ok: true; readonly ts: string }
  /** The bot cannot post there (not a member, archived, no such channel): retrying will not help. */
  | { readonly ok: false; readonly reason: string };

export interface DigestPoster {
  /** Post the digest message; any failure other than "cannot post here" rejects. */
  post(channel: string, message: SlackMessage, slot: string): Promise<DigestPostResult>;
  /** Upload files into the thread of the digest message. */
  attach(channel: string, threadTs: string, files: readonly DigestFile[]): Promise<void>;
}
