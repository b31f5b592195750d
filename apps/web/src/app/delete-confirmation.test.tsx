import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api-client';
import { renderWithApp } from '../test/render-app';
import { DeleteConfirmation } from './delete-confirmation';

const baseProps = {
  className: 'form',
  conflictMessage: 'Someone changed it first.',
  isReloading: false,
  body: 'This removes the link for everyone.',
  confirmLabel: 'Delete link',
  pendingLabel: 'Deleting…',
  isPending: false,
};

const renderConfirmation = (props: Partial<Parameters<typeof DeleteConfirmation>[0]> = {}) => {
  const handlers = { onReload: vi.fn(), onConfirm: vi.fn(), onCancel: vi.fn() };
  renderWithApp(<DeleteConfirmation {...baseProps} {...handlers} error={null} {...props} />, { path: '/' });
  return handlers;
};

describe('DeleteConfirmation', () => {
  it('describes the danger button by what goes, starts on Cancel, and answers both buttons', () => {
    const { onConfirm, onCancel } = renderConfirmation();
    const confirm = screen.getByRole('button', { name: 'Delete link' });
    expect(confirm.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(confirm.getAttribute('aria-describedby') ?? '')?.textContent).toBe('This removes the link for everyone.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('leaves focus alone where the panel focuses its own heading', () => {
    renderConfirmation({ isCancelFocused: false });
    expect(document.activeElement).not.toBe(screen.getByRole('button', { name: 'Cancel' }));
  });

  it('offers the latest version after a lost version race, instead of an error', () => {
    const conflict = new ApiError(412, { code: 'precondition_failed', message: 'The link has changed' });
    const { onReload } = renderConfirmation({ error: conflict });
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toContain('Someone changed it first.');
    fireEvent.click(screen.getByRole('button', { name: 'Load latest version' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('shows any other failure as an error and the pending label while deleting', () => {
    renderConfirmation({ error: new ApiError(403, { code: 'forbidden', message: 'Experts may not delete this' }), isPending: true });
    expect(screen.getByRole('alert').textContent).toContain('Experts may not delete this');
    expect(screen.queryByRole('button', { name: 'Load latest version' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Deleting…' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
