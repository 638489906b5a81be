import type { KeyboardEvent } from 'react';
import type { AnswerFormat } from '../../../shared/rules';

/*
 * Quick entry of a questionnaire answered on paper: one key per answer, then on to the next item.
 * An answer is the form's text for it: String(option value) for a list of options, the number for a
 * scale. Worker mode uses the same keys.
 */

/** An item's answers as quick entry needs them: the options of the definition, or a scale's range. */
export type QuickEntryFormat = Extract<AnswerFormat, { kind: 'options' }> | { kind: 'scale'; min: number; max: number };

/** A 0-10 rating (pain now, work ability, a PSK activity). */
export const RATING_0_TO_10: QuickEntryFormat = { kind: 'scale', min: 0, max: 10 };

/** Keys for "yes / agree / applies" in Dutch (ja), English (yes) and French (oui), and 1. */
export const YES_KEYS: readonly string[] = ['j', 'y', 'o', '1'];
/** Keys for "no" (nee, no, non) and 0. */
export const NO_KEYS: readonly string[] = ['n', '0'];

export type TypedAnswer =
  /** The item's answer; `complete`: no further key can change it, move on to the next item. */
  | { kind: 'answer'; value: string; complete: boolean }
  /** The pending answer stays as it is; the key answers the next item. */
  | { kind: 'next'; passKey: boolean };

function isYesNo(format: QuickEntryFormat): boolean {
  return format.kind === 'options' && format.options.length === 2 && format.options.every((o) => typeof o.value === 'boolean');
}

/**
 * What a key does to an item, or null when it means nothing for it.
 * - yes / no options: j y o 1 for yes, n 0 for no;
 * - other options: 1 for the first, 2 for the second ... 0 for the tenth;
 * - a 0-10 scale: the digit. A '1' waits (it may become 10): '0' makes it 10, Enter keeps 1, any
 *   other digit keeps 1 and answers the next item.
 * `pending` is the scale answer typed just before on this item that may still grow (else null).
 */
export function typedAnswer(format: QuickEntryFormat, pending: string | null, key: string): TypedAnswer | null {
  const k = key.toLowerCase();
  if (format.kind === 'options') {
    if (isYesNo(format)) {
      const option = format.options.find((o) => o.value === (YES_KEYS.includes(k) ? true : NO_KEYS.includes(k) ? false : null));
      return option ? { kind: 'answer', value: String(option.value), complete: true } : null;
    }
    if (!/^[0-9]$/.test(k)) return null;
    const option = format.options[k === '0' ? 9 : Number(k) - 1];
    return option === undefined ? null : { kind: 'answer', value: String(option.value), complete: true };
  }
  if (pending !== null && key === 'Enter') return { kind: 'next', passKey: false };
  if (!/^[0-9]$/.test(k)) return null;
  const digit = Number(k);
  if (pending !== null) {
    const extended = Number(pending) * 10 + digit;
    if (extended <= format.max) return { kind: 'answer', value: String(extended), complete: extended * 10 > format.max };
    return { kind: 'next', passKey: true };
  }
  if (digit < format.min || digit > format.max) return null;
  return { kind: 'answer', value: String(digit), complete: digit === 0 || digit * 10 > format.max };
}

/** The first control of the next quick-entry item after `from` (items are marked data-quick-entry). */
function nextItem(from: HTMLElement): HTMLElement | undefined {
  const item = from.dataset.quickEntry;
  const all = [...from.ownerDocument.querySelectorAll<HTMLElement>('[data-quick-entry]')];
  return all.slice(all.indexOf(from) + 1).find((element) => element.dataset.quickEntry !== item);
}

/** The radio button of `answer` in the item of `from` (radio buttons carry their answer as value). */
function answerRadio(from: HTMLElement, answer: string): HTMLElement | undefined {
  const item = from.dataset.quickEntry;
  return [...from.ownerDocument.querySelectorAll<HTMLInputElement>('input[type="radio"][data-quick-entry]')].find(
    (radio) => radio.dataset.quickEntry === item && radio.value === answer,
  );
}

/**
 * The keydown handler of one quick-entry control: sets the item's answer through `set` (the same
 * path as a click) and moves on when the answer is complete. After the last item the focus goes to
 * the radio button of its answer, where Tab and the arrow keys go on from.
 */
export function quickEntryKeyDown(format: QuickEntryFormat, set: (value: string) => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const element = event.currentTarget;
    const pending = element.dataset.quickPending ?? null;
    const typed = typedAnswer(format, pending, event.key);
    if (typed === null) return;
    event.preventDefault();
    delete element.dataset.quickPending;
    if (typed.kind === 'answer') {
      set(typed.value);
      if (!typed.complete) {
        element.dataset.quickPending = typed.value;
        return;
      }
    }
    const next = nextItem(element);
    if (next === undefined) {
      const answer = typed.kind === 'answer' ? typed.value : pending;
      if (answer !== null) answerRadio(element, answer)?.focus();
      return;
    }
    next.focus();
    if (typed.kind === 'next' && typed.passKey) next.dispatchEvent(new window.KeyboardEvent('keydown', { key: event.key, bubbles: true, cancelable: true }));
  };
}

/** Props that make a control part of quick entry: its item, and no pending answer left behind on blur. */
export function quickEntryProps(item: string, format: QuickEntryFormat, set: (value: string) => void) {
  return {
    'data-quick-entry': item,
    onKeyDown: quickEntryKeyDown(format, set),
    onBlur: (event: { currentTarget: HTMLElement }) => {
      delete event.currentTarget.dataset.quickPending;
    },
  };
}
