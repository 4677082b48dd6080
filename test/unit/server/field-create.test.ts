/** The bodies of the field-create calls and the field read back (docs/platform.md, "Installing: the Freshdesk field APIs"). */
import { APP_FIELDS } from '../../../server/domain/install/field-specs';
import { contactFieldBody, ticketFieldBody, toCreatedField } from '../../../server/fdk/field-create';

const [category, , confidence, sentimentScore] = APP_FIELDS;

describe('create bodies', () => {
  it('a ticket dropdown: label, type, choices as {value, position}, hidden from customers', () => {
    expect(ticketFieldBody(category!)).toEqual({
      label: 'AI Category',
      label_for_customers: 'AI Category',
      type: 'custom_dropdown',
      displayed_to_customers: false,
      customers_can_edit: false,
      choices: category!.choices.map((value, i) => ({ value, position: i + 1 })),
    });
  });

  it('a text field carries no choices (Freshdesk refuses them on other types)', () => {
    expect(ticketFieldBody(confidence!)).not.toHaveProperty('choices');
  });

  it('a contact field uses the contact flags (displayed_for_customers, editable_in_signup)', () => {
    expect(contactFieldBody(sentimentScore!)).toMatchObject({ displayed_for_customers: false, customers_can_edit: false, editable_in_signup: false });
    expect(contactFieldBody(sentimentScore!)).not.toHaveProperty('displayed_to_customers');
  });
});

describe('toCreatedField', () => {
  it('takes the name from the response, suffix and all, and the choices from their objects', () => {
    const created = toCreatedField(
      { name: 'cf_ai_category483920', label: 'AI Category', type: 'custom_dropdown', choices: [{ id: 1, value: 'billing', position: 1 }, { id: 2, value: 'technical', position: 2 }] },
      category!,
    );
    expect(created).toEqual({ name: 'cf_ai_category483920', label: 'AI Category', type: 'custom_dropdown', choices: ['billing', 'technical'] });
  });

  it('a dropdown still being created in the background answers without choices: they are the ones sent', () => {
    expect(toCreatedField({ name: 'cf_ai_category', type: 'custom_dropdown', choices: [] }, category!).choices).toEqual([...category!.choices]);
  });
});
