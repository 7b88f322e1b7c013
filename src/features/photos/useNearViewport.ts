// Whether an element is on screen or close to it, so a long list loads only the thumbnails a
// person can see. One IntersectionObserver serves every element; where there is none (old
// browsers, tests) everything counts as near.
import { useEffect, useState, type RefObject } from 'react';

const callbacks = new WeakMap<Element, () => void>();
let observer: IntersectionObserver | null = null;

function observe(element: Element, onNear: () => void): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        callbacks.get(entry.target)?.();
        observer?.unobserve(entry.target);
        callbacks.delete(entry.target);
      }
    },
    { rootMargin: '200px' },
  );
  callbacks.set(element, onNear);
  observer.observe(element);
  return () => {
    observer?.unobserve(element);
    callbacks.delete(element);
  };
}

const supported = typeof IntersectionObserver === 'function';

/** True once the element has come within 200 px of the screen (it stays true). */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(!supported);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    return observe(element, () => setNear(true));
  }, [ref, near]);
  return near;
}
