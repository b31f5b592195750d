import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TimelineDrawer } from './timeline-drawer';

const DrawerHarness = () => {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setIsOpen(true)}>Open details</button>
      <TimelineDrawer isOpen={isOpen} title="Stock taking meeting" eyebrow="Meeting" closeLabel="Close" onClose={() => setIsOpen(false)}>
        <a href="/activities/3">Open the activity page</a>
      </TimelineDrawer>
    </>
  );
};

describe('TimelineDrawer', () => {
  it('is a modal dialog named by its title that takes focus, keeps Tab inside, and closes with Escape, returning focus', () => {
    render(<DrawerHarness />);
    const opener = screen.getByRole('button', { name: 'Open details' });
    act(() => opener.focus());
    fireEvent.click(opener);

    const dialog = screen.getByRole('dialog', { name: 'Stock taking meeting' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Stock taking meeting' }));
    expect(screen.getByText('Meeting')).toBeTruthy();

    const close = screen.getByRole('button', { name: 'Close' });
    const link = screen.getByRole('link', { name: 'Open the activity page' });
    act(() => link.focus());
    fireEvent.keyDown(link, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(link);

    fireEvent.keyDown(link, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes with its close button and by a click beside it', () => {
    render(<DrawerHarness />);
    act(() => screen.getByRole('button', { name: 'Open details' }).focus());
    fireEvent.click(screen.getByRole('button', { name: 'Open details' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open details' }));

    fireEvent.click(screen.getByRole('button', { name: 'Open details' }));
    fireEvent.click(document.querySelector('.ct-drawer__backdrop') as Element);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
