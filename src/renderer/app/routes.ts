/**
 * The screens' addresses: the path after '#' in the window's URL, e.g. '#/workers/12'. Every link
 * and navigation is built here and every path is read here, so a screen's address is in one place.
 */

export const PREVENTION_SECTIONS = ['dashboard', 'lifting', 'import'] as const;
export type PreventionSection = (typeof PREVENTION_SECTIONS)[number];

export const paths = {
  workers: () => '/workers',
  dossier: (workerId: number) => `/workers/${workerId}`,
  /** `consultationId` null: a new consultation. */
  consultation: (workerId: number, consultationId: number | null) => `/workers/${workerId}/consultation/${consultationId ?? 'new'}`,
  plan: (workerId: number, episodeId: number) => `/workers/${workerId}/episodes/${episodeId}/plan`,
  /** The worker's legal trajectory: Poortwachter (NL), re-integration and Fedris (BE). */
  legal: (workerId: number) => `/workers/${workerId}/legal`,
  agenda: () => '/agenda',
  employers: () => '/employers',
  prevention: (section: PreventionSection = 'dashboard') => (section === 'dashboard' ? '/prevention' : `/prevention/${section}`),
  settings: () => '/settings',
  /** The signed-in user's own account (their password). */
  account: () => '/account',
} as const;

/** A link's href for a path. */
export function href(path: string): string {
  return `#${path}`;
}

/** The doctor's screens below the navigation: the dossier, a consultation, a plan, the legal trajectory, the agenda. */
export type DossierRoute =
  | { screen: 'dossier'; workerId: number }
  | { screen: 'consultation'; workerId: number; consultationId: number | null }
  | { screen: 'plan'; workerId: number; episodeId: number }
  | { screen: 'legal'; workerId: number }
  | { screen: 'agenda' };

/** Reads the doctor's screens from the path; null for any other path. */
export function dossierRoute(path: string): DossierRoute | null {
  if (path === paths.agenda()) return { screen: 'agenda' };
  let match = /^\/workers\/(\d+)$/.exec(path);
  if (match) return { screen: 'dossier', workerId: Number(match[1]) };
  match = /^\/workers\/(\d+)\/consultation\/(new|\d+)$/.exec(path);
  if (match) return { screen: 'consultation', workerId: Number(match[1]), consultationId: match[2] === 'new' ? null : Number(match[2]) };
  match = /^\/workers\/(\d+)\/legal$/.exec(path);
  if (match) return { screen: 'legal', workerId: Number(match[1]) };
  match = /^\/workers\/(\d+)\/episodes\/(\d+)\/plan$/.exec(path);
  if (match) return { screen: 'plan', workerId: Number(match[1]), episodeId: Number(match[2]) };
  return null;
}

/** The prevention workspace's section of a path under /prevention. */
export function preventionSection(path: string): PreventionSection {
  return PREVENTION_SECTIONS.find((section) => path === paths.prevention(section)) ?? 'dashboard';
}

/** Shows another screen (adds to the history, so Back returns). */
export function navigate(path: string): void {
  window.location.hash = path;
}

/** Points the address at `path` without a new history entry or a screen change (a new consultation became a saved one). */
export function replacePath(path: string): void {
  window.history.replaceState(null, '', href(path));
}
