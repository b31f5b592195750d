import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QualityFlagBadge } from './quality-flag-badge';

describe('QualityFlagBadge', () => {
  it('shows the short label and gives the explanation to hover and to screen readers', () => {
    render(
      <QualityFlagBadge
        code="still_planned_after_start"
        label="Still planned"
        description="The start date has passed but the status is still planned"
      />,
    );
    const badge = screen.getByText('Still planned');
    expect(badge.getAttribute('data-flag')).toBe('still_planned_after_start');
    expect(badge.getAttribute('title')).toBe('The start date has passed but the status is still planned');
    expect(badge.textContent).toContain(': The start date has passed but the status is still planned');
  });

  it('renders no hidden explanation when none is given', () => {
    render(<QualityFlagBadge code="done_before_end" label="Done early" />);
    expect(screen.getByText('Done early').textContent).toBe('!Done early');
  });
});
