import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DateSpanLabel } from './date-span-label';

describe('DateSpanLabel', () => {
  it('marks an exact day up as a machine-readable <time>', () => {
    render(<DateSpanLabel text="Tuesday, 16 March 2021" precision="day" dateTime="2021-03-16" tentativeLabel="Tentative" />);
    const time = screen.getByText('Tuesday, 16 March 2021');
    expect(time.tagName).toBe('TIME');
    expect(time.getAttribute('datetime')).toBe('2021-03-16');
    expect(screen.queryByText('Tentative')).toBeNull();
  });

  it('says an undecided choice of months is tentative', () => {
    const { container } = render(<DateSpanLabel text="June/July 2021" precision="month-choice" tentativeLabel="Tentative" />);
    expect(screen.getByText('June/July 2021').tagName).toBe('SPAN');
    expect(screen.getByText('Tentative')).toBeTruthy();
    expect(container.querySelector('[data-tentative]')).not.toBeNull();
  });

  it('does not call a month range tentative', () => {
    const { container } = render(<DateSpanLabel text="April through June 2021" precision="month-range" tentativeLabel="Tentative" />);
    expect(screen.queryByText('Tentative')).toBeNull();
    expect(container.querySelector('[data-tentative]')).toBeNull();
  });
});
