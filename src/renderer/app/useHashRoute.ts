import { useEffect, useState } from 'react';
import { navigate, paths } from './routes';

/** The screen path after '#', e.g. '/workers' or '/workers/12'; survives a reload. */
export function useHashRoute(): [string, (path: string) => void] {
  const read = () => window.location.hash.replace(/^#/, '') || paths.workers();
  const [path, setPath] = useState(read);
  useEffect(() => {
    const onChange = () => setPath(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [path, navigate];
}
