import { useSearchParams } from 'react-router';

/** New values for URL parameters: a value sets its parameter, an empty or missing one removes it. */
export type ParamChanges = Record<string, string | undefined>;

/**
 * The URL's parameters and a way to change some of them, keeping the others. Changes replace the
 * history entry: a filter or a switch is not a page to go back to.
 */
export function useUrlParams(): [URLSearchParams, (changes: ParamChanges) => void] {
  const [params, setParams] = useSearchParams();
  const update = (changes: ParamChanges) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  return [params, update];
}
