// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScreenErrorBoundary } from '../../../src/renderer/app/ScreenErrorBoundary';
import { useAutosave } from '../../../src/renderer/features/intake/useAutosave';

const texts = { title: 'Dit scherm kon niet worden getoond', body: 'Er is niets verloren.', retry: 'Opnieuw proberen' };

/** A screen with an autosaved draft that fails to render when asked to. */
function DraftScreen({ text, broken, persist }: { text: string; broken: boolean; persist: (text: string) => Promise<string | null> }) {
  useAutosave(text, persist, null, 60_000);
  if (broken) throw new Error('rendering failed');
  return <p>{text}</p>;
}

afterEach(cleanup);

describe('ScreenErrorBoundary', () => {
  it('shows a calm message instead of the failed screen and keeps the unsaved draft', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const persist = vi.fn(async () => '2026-03-16T09:30:00.000Z');
    const view = (text: string, broken: boolean) => (
      <ScreenErrorBoundary path="/workers/1/consultations/new" texts={texts}>
        <DraftScreen text={text} broken={broken} persist={persist} />
      </ScreenErrorBoundary>
    );
    const { rerender } = render(view('pijn sinds maandag', false));
    rerender(view('pijn sinds maandag, uitstraling links', false));
    expect(persist).not.toHaveBeenCalled();

    await act(async () => rerender(view('pijn sinds maandag, uitstraling links', true)));

    expect(screen.getByRole('alert').textContent).toContain(texts.body);
    expect(screen.getByRole('heading', { name: texts.title })).toBeTruthy();
    expect(persist).toHaveBeenCalledWith('pijn sinds maandag, uitstraling links');

    rerender(view('pijn sinds maandag, uitstraling links', false));
    fireEvent.click(screen.getByRole('button', { name: texts.retry }));
    expect(screen.getByText('pijn sinds maandag, uitstraling links')).toBeTruthy();
  });

  it('leaves the message behind when another screen is chosen', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = () => {
      throw new Error('rendering failed');
    };
    const { rerender } = render(
      <ScreenErrorBoundary path="/prevention" texts={texts}>
        <Broken />
      </ScreenErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: texts.title })).toBeTruthy();
    rerender(
      <ScreenErrorBoundary path="/workers" texts={texts}>
        <p>Werknemers</p>
      </ScreenErrorBoundary>,
    );
    expect(screen.getByText('Werknemers')).toBeTruthy();
  });
});
