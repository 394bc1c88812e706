'use client';
import { useEffect, useRef, type RefObject } from 'react';

/**
 * Takes over the submit of the form around an island (components/tools/ToolForm.tsx), so the
 * check runs in the browser and nothing is sent. The form sits outside the island's root, so
 * React cannot attach the handler itself.
 */
export function useFormSubmit<E extends HTMLElement>(onSubmit: () => void): RefObject<E | null> {
  const ref = useRef<E | null>(null);
  const handler = useRef(onSubmit);
  useEffect(() => {
    handler.current = onSubmit;
  });
  useEffect(() => {
    const form = ref.current?.closest('form');
    if (!form) return undefined;
    const listener = (event: SubmitEvent) => {
      event.preventDefault();
      handler.current();
    };
    form.addEventListener('submit', listener);
    return () => form.removeEventListener('submit', listener);
  }, []);
  return ref;
}
