import { useLayoutEffect, useRef } from 'react';

/**
 * For a `position: sticky` side column: sticks `gap` px below the top of the window when it fits;
 * when it is taller than the window its top goes up by the difference, so scrolling the page brings
 * its bottom into view and then keeps it there. Nothing is cut off and nothing scrolls on its own.
 */
export function useStickyTop<T extends HTMLElement>(gap = 16) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const place = () => {
      element.style.top = `${Math.min(gap, window.innerHeight - element.offsetHeight - gap)}px`;
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(element);
    window.addEventListener('resize', place);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', place);
    };
  }, [gap]);
  return ref;
}
