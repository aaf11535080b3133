import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { expect, test } from 'vitest';
import { AppProvider } from '@/app/provider';
import { LANGUAGE_STORAGE_KEY, storedLanguage } from '@/i18n/i18n';
import { LanguageSwitch } from '../language-switch';

test('switches to English and remembers the choice', async () => {
  render(
    <AppProvider>
      <LanguageSwitch />
    </AppProvider>,
  );

  await userEvent.click(screen.getByRole('radio', { name: 'English' }));

  expect(i18n.language).toBe('en');
  expect(document.documentElement.lang).toBe('en');
  expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  expect(storedLanguage()).toBe('en');
  expect(screen.getByRole('radiogroup', { name: 'Language' })).toBeInTheDocument();
});

test('starts in Thai when nothing is remembered', () => {
  expect(storedLanguage()).toBe('th');
});
