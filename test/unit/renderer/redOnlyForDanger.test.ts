import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLegalStep } from '../../../src/shared/model';

/*
 * Red means clinical danger (red flags) or an overdue legal step, nothing else: a delete button, a
 * field to correct or a high lifting index has its own colour. Checked on the style sheet and on the
 * components that use the red classes.
 */

const renderer = join(__dirname, '..', '..', '..', 'src', 'renderer');
const styles = readFileSync(join(renderer, 'styles.css'), 'utf8');

/** Selectors of the style rules whose declarations use the red colours. */
function redSelectors(): string[] {
  const rules = styles.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g);
  return [...rules]
    .filter(([, , body]) => /var\(--danger(-soft)?\)|#a3261b|#7f1d15|#e7b7b2/i.test(body ?? ''))
    .flatMap(([, selectors]) => (selectors ?? '').split(','))
    .map((selector) => selector.trim())
    .filter((selector) => !selector.startsWith(':root') && selector !== '');
}

function componentFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? componentFiles(path) : path.endsWith('.tsx') ? [path] : [];
  });
}

describe('red in the interface', () => {
  it('is used only for red flags and overdue legal steps', () => {
    const allowed = /^\.(red-flag-alert(__[a-z]+)?|cp-block--immediate|button--danger|due--overdue|agenda__row--overdue|badge--overdue|facts__overdue|legal-step--overdue|deadline-state--overdue)([\s:.[]|$)/;
    expect(redSelectors().length).toBeGreaterThan(5);
    expect(redSelectors().filter((selector) => !allowed.test(selector))).toEqual([]);
  });

  it('keeps the red button for acknowledging an immediate red flag', () => {
    const users = componentFiles(renderer)
      .filter((path) => /button--danger\b/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(renderer, path));
    expect(users).toEqual([join('features', 'clinicalPanel', 'RedFlagAlert.tsx')]);
  });

  it('marks only legal steps as overdue in red; a late follow-up or plan review is not a legal step', () => {
    expect(isLegalStep('poortwachter')).toBe(true);
    expect(isLegalStep('belgianMilestone')).toBe(true);
    expect(isLegalStep('fedrisWindowCloses')).toBe(true);
    expect(isLegalStep('followUp')).toBe(false);
    expect(isLegalStep('planReview')).toBe(false);
  });
});
