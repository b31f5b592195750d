import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusBadge } from './status-badge';

describe('StatusBadge', () => {
  it('shows the label it is given and carries the status for styling', () => {
    render(<StatusBadge status="in_progress" label="მიმდინარე" />);
    const badge = screen.getByText('მიმდინარე');
    expect(badge.getAttribute('data-status')).toBe('in_progress');
  });
});
