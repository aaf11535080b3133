import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { SearchInput } from '../search-input';

function renderSearch(value = '') {
  const onSearch = vi.fn();
  const view = render(
    <AppProvider>
      <SearchInput label="ค้นหา" value={value} onSearch={onSearch} />
    </AppProvider>,
  );
  const rerender = (next: string) =>
    view.rerender(
      <AppProvider>
        <SearchInput label="ค้นหา" value={next} onSearch={onSearch} />
      </AppProvider>,
    );
  return { onSearch, rerender, box: screen.getByRole('searchbox', { name: 'ค้นหา' }) };
}

test('searches for the trimmed text once typing pauses, and at once on Enter', async () => {
  const { onSearch, box } = renderSearch();

  await userEvent.type(box, ' วัด ');
  await vi.waitFor(() => expect(onSearch).toHaveBeenCalledWith('วัด'));
  expect(onSearch).toHaveBeenCalledOnce();

  onSearch.mockClear();
  await userEvent.type(box, 'ป่า{Enter}');
  expect(onSearch).toHaveBeenCalledWith('วัด ป่า');
});

test('waits while an input method composes a word', async () => {
  vi.useFakeTimers();
  const { onSearch, box } = renderSearch();

  fireEvent.compositionStart(box);
  fireEvent.change(box, { target: { value: 'เวีย' } });
  vi.advanceTimersByTime(1000);
  expect(onSearch).not.toHaveBeenCalled();

  fireEvent.compositionEnd(box);
  vi.advanceTimersByTime(1000);
  expect(onSearch).toHaveBeenCalledWith('เวีย');
  vi.useRealTimers();
});

test('shows the search in force when it changes elsewhere, such as going back', () => {
  const { box, rerender, onSearch } = renderSearch('วัด');
  expect(box).toHaveValue('วัด');

  rerender('โรงเรียน');
  expect(box).toHaveValue('โรงเรียน');
  expect(onSearch).not.toHaveBeenCalled();
});
