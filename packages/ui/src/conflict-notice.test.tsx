import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ConflictNotice } from './conflict-notice';

const props = {
  title: 'This activity changed',
  message: 'Someone else changed this activity while you were editing.',
  reloadLabel: 'Load latest version',
};

describe('ConflictNotice', () => {
  it('alerts with its title and message and reloads on request', () => {
    const onReload = vi.fn();
    render(<ConflictNotice {...props} onReload={onReload} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This activity changed');
    expect(alert.textContent).toContain('Someone else changed this activity while you were editing.');
    fireEvent.click(screen.getByRole('button', { name: 'Load latest version' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('says it is reloading and cannot be pressed twice meanwhile', () => {
    render(<ConflictNotice {...props} onReload={() => undefined} isReloading reloadingLabel="Loading…" />);
    expect((screen.getByRole('button', { name: 'Loading…' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
