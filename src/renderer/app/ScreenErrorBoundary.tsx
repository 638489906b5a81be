import { Component, type ReactNode } from 'react';

interface Texts {
  title: string;
  body: string;
  retry: string;
}

/**
 * Catches an error while showing a screen and puts a calm message in its place. The screen is
 * unmounted, and a screen with a draft saves it as it closes (useAutosave), so nothing typed is
 * lost; "try again" shows the screen afresh, with that draft.
 */
export class ScreenErrorBoundary extends Component<{ texts: Texts; path: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  /** Choosing another screen in the menu leaves the message behind. */
  override componentDidUpdate(previous: { path: string }): void {
    if (this.state.failed && previous.path !== this.props.path) this.setState({ failed: false });
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { title, body, retry } = this.props.texts;
    return (
      <section className="screen-failed" role="alert" aria-labelledby="screen-failed-title">
        <h1 id="screen-failed-title">{title}</h1>
        <p>{body}</p>
        <button type="button" className="button" onClick={() => this.setState({ failed: false })}>
          {retry}
        </button>
      </section>
    );
  }
}
