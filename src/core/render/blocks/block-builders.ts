/**
 * Tiny constructors for the blocks the renderers use. Text passed here is
 * already escaped (see escape-mrkdwn.ts); each constructor clamps it to the
 * limit of the field it fills, so no renderer can exceed Slack's limits.
 */
import type {
  ActionElement,
  ActionsBlock,
  Button,
  ContextBlock,
  HeaderBlock,
  Mrkdwn,
  PlainText,
  SectionBlock,
} from './block-kit.ts';
import { clampText, SLACK_LIMITS } from './slack-limits.ts';

/** @example mrkdwn('*bold*') // { type: 'mrkdwn', text: '*bold*' } */
export function mrkdwn(text: string, max: number = SLACK_LIMITS.sectionText): Mrkdwn {
  return { type: 'mrkdwn', text: clampText(text || ' ', max) };
}

/** @example plain('Trend') // { type: 'plain_text', text: 'Trend', emoji: true } */
export function plain(text: string, max: number = SLACK_LIMITS.sectionText): PlainText {
  return { type: 'plain_text', text: clampText(text || ' ', max), emoji: true };
}

/** @example header('Java 11+ migration') */
export function header(text: string): HeaderBlock {
  return { type: 'header', text: plain(text, SLACK_LIMITS.headerText) };
}

/** A section with mrkdwn text and at most ten mrkdwn fields. */
export function section(text: string | null, fields: readonly string[] = []): SectionBlock {
  const block: { type: 'section'; text?: Mrkdwn; fields?: Mrkdwn[] } = { type: 'section' };
  if (text !== null) block.text = mrkdwn(text);
  if (fields.length)
    block.fields = fields.slice(0, SLACK_LIMITS.sectionFields).map((f) => mrkdwn(f, SLACK_LIMITS.fieldText));
  return block;
}

/** A context line of at most ten mrkdwn elements. */
export function context(...texts: string[]): ContextBlock {
  return {
    type: 'context',
    elements: texts.slice(0, SLACK_LIMITS.contextElements).map((t) => mrkdwn(t, SLACK_LIMITS.contextText)),
  };
}

/** @example button('jm_trend', 'Trend') */
export function button(actionId: string, text: string, value?: string, style?: 'primary'): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: plain(text, SLACK_LIMITS.buttonText),
    ...(value === undefined ? {} : { value: value.slice(0, SLACK_LIMITS.actionValue) }),
    ...(style ? { style } : {}),
  };
}

/** An actions block of at most 25 elements. */
export function actions(elements: readonly ActionElement[], blockId?: string): ActionsBlock {
  return {
    type: 'actions',
    ...(blockId ? { block_id: blockId } : {}),
    elements: elements.slice(0, SLACK_LIMITS.actionsElements),
  };
}
