import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field, FieldGroup } from './field';

describe('Field', () => {
  it('labels its control and describes it by the hint', () => {
    render(<Field label="Password" hint="At least 12 characters">{(control) => <input type="password" {...control} />}</Field>);
    const input = screen.getByLabelText('Password');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    const describedBy = input.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('At least 12 characters');
  });

  it('marks the control invalid and has it described by the hint and the error', () => {
    render(
      <Field label="Email" hint="Your work address" error="Enter an email address" isRequired requiredLabel="required">
        {(control) => <input type="email" required {...control} />}
      </Field>,
    );
    const input = screen.getByLabelText('Email (required)');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const descriptions = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(descriptions).toEqual(['Your work address', '!Enter an email address']);
  });
});

describe('FieldGroup', () => {
  it('groups options under a legend and carries the error for the whole group', () => {
    render(
      <FieldGroup legend="Lead organisations" error="Choose at least one">
        <label><input type="checkbox" /> IOM</label>
      </FieldGroup>,
    );
    const group = screen.getByRole('group', { name: 'Lead organisations' });
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(group.getAttribute('aria-describedby') ?? '')?.textContent).toBe('!Choose at least one');
    expect(screen.getByLabelText('IOM')).toBeTruthy();
  });
});
