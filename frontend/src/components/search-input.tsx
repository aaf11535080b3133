import { TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';

type SearchInputProps = {
  label: string;
  placeholder?: string;
  /** The search in force, e.g. from the URL. */
  value: string;
  /** Called with the trimmed text after a pause in typing, or at once on Enter. */
  onSearch: (text: string) => void;
};

const SEARCH_DELAY_MS = 400;

/** A search box that searches as people type, without a request per key. */
export function SearchInput({ label, placeholder, value, onSearch }: SearchInputProps) {
  const [text, setText] = useState(value);
  const [composing, setComposing] = useState(false);
  const [shown, setShown] = useState(value);

  // The URL is the source of truth; typing there (or going back) resets the box. Adjusted while
  // rendering, as React advises for state that follows a prop, rather than one render late.
  if (value !== shown) {
    setShown(value);
    setText((current) => (current.trim() === value ? current : value));
  }

  // Searching waits for a pause in typing, and for a Thai input method to finish composing a word.
  useEffect(() => {
    if (composing || text.trim() === value) return;
    const timer = window.setTimeout(() => onSearch(text.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, composing, value, onSearch]);

  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onCompositionStart={() => setComposing(true)}
      onCompositionEnd={() => setComposing(false)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !composing) onSearch(text.trim());
      }}
    />
  );
}
