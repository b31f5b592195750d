import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChangeList } from './change-list';

describe('ChangeList', () => {
  it('lists each field with its value before and after, named for screen readers', () => {
    render(
      <ChangeList
        labels={{ before: 'Before', after: 'After', empty: '—' }}
        changes={[
          { key: 'status', label: 'Status', before: 'Planned', after: 'In progress' },
          { key: 'purpose', label: 'Purpose', before: null, after: 'Plan the second half' },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toBe('StatusBefore: Planned→After: In progress');
    expect(within(items[1] as HTMLElement).getByText('—')).toBeTruthy();
    expect(items[1]?.textContent).toBe('PurposeBefore: —→After: Plan the second half');
  });

  it('shows only the values set when a record was created', () => {
    render(
      <ChangeList
        show="after"
        labels={{ before: 'Before', after: 'After', empty: '—' }}
        changes={[{ key: 'title', label: 'Title', before: null, after: 'Stock taking meeting' }]}
      />,
    );
    expect(screen.getByRole('listitem').textContent).toBe('TitleAfter: Stock taking meeting');
  });
});
