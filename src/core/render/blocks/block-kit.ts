/**
 * The small part of Slack's Block Kit this bot sends, typed here so the core
 * stays free of the Slack SDK. Every renderer in this folder returns a
 * `SlackMessage`; the Slack adapter posts it as it is.
 */

export interface PlainText {
  readonly type: 'plain_text';
  readonly text: string;
  readonly emoji?: boolean;
}

export interface Mrkdwn {
  readonly type: 'mrkdwn';
  readonly text: string;
}

export type TextObject = PlainText | Mrkdwn;

export interface Option {
  readonly text: PlainText;
  readonly value: string;
}

export interface OptionGroup {
  readonly label: PlainText;
  readonly options: readonly Option[];
}

export interface Button {
  readonly type: 'button';
  readonly action_id: string;
  readonly text: PlainText;
  readonly value?: string;
  readonly style?: 'primary' | 'danger';
}

export interface StaticSelect {
  readonly type: 'static_select';
  readonly action_id: string;
  readonly placeholder: PlainText;
  readonly options?: readonly Option[];
  readonly option_groups?: readonly OptionGroup[];
}

export type ActionElement = Button | StaticSelect;

export interface HeaderBlock {
  readonly type: 'header';
  readonly text: PlainText;
}

export interface SectionBlock {
  readonly type: 'section';
  readonly text?: TextObject;
  readonly fields?: readonly TextObject[];
}

export interface ContextBlock {
  readonly type: 'context';
  readonly elements: readonly TextObject[];
}

export interface DividerBlock {
  readonly type: 'divider';
}

export interface ActionsBlock {
  readonly type: 'actions';
  readonly block_id?: string;
  readonly elements: readonly ActionElement[];
}

export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock;

/** A message: `text` is the notification / screen-reader fallback, `blocks` what people see. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: readonly Block[];
}
