import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { renderRoute } from '@/testing/test-utils';
import { PrintToolbar, useThaiDigitsParam } from '../print-toolbar';

function Printable({ ready = true }: { ready?: boolean }) {
  const [thaiDigits, setThaiDigits] = useThaiDigitsParam();
  return (
    <PrintToolbar ns="reporting" backTo="/reports" thaiDigits={thaiDigits} onThaiDigits={setThaiDigits} ready={ready} />
  );
}

test('keeps Thai digits in the URL, so a printout can be repeated, and prints', async () => {
  const print = vi.spyOn(window, 'print').mockImplementation(() => {});
  const { router } = renderRoute(<Printable />, { path: '/print', url: '/print?thaiDigits=1' });

  const digits = screen.getByRole('switch', { name: 'ใช้เลขไทย' });
  expect(digits).toBeChecked();
  await userEvent.click(digits);
  expect(router.state.location.search).toBe('');
  await userEvent.click(digits);
  expect(router.state.location.search).toBe('?thaiDigits=1');

  await userEvent.click(screen.getByRole('button', { name: 'พิมพ์' }));
  expect(print).toHaveBeenCalled();
  expect(screen.getByRole('link', { name: 'กลับไปหน้ารายงาน' })).toHaveAttribute('href', '/reports');
});

test('waits for the form before printing', () => {
  renderRoute(<Printable ready={false} />, { path: '/print' });

  expect(screen.getByRole('button', { name: 'พิมพ์' })).toBeDisabled();
});
