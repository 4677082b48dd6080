/**
 * The account's state in memory, built from a FreshdeskAccount seed and rebuilt from it on reset.
 * Resources read and write these maps directly; rendering to API JSON lives with each resource, and turning
 * seed records into full ones in seed.ts. Field records are built here because their ids come from the
 * account's shared id sequence.
 */
import type { FreshdeskAccount, SeedContactField, SeedTicketField } from './account';
import type {
  ArticleRecord,
  CategoryRecord,
  ContactFieldRecord,
  ContactRecord,
  ConversationJson,
  FolderRecord,
  TicketFieldRecord,
  TicketRecord,
} from './records';
import { contactRecord, conversationRecord, solutionRecords, ticketRecord } from './seed';
import { iso } from './text';

export interface Clock {
  now(): number;
}

export class FreshdeskStore {
  tickets = new Map<number, TicketRecord>();
  conversations = new Map<number, ConversationJson[]>();
  /** Notes created through the API since the seed, in order (for tests: "did the app post a note?"). */
  notesCreated: ConversationJson[] = [];
  contacts = new Map<number, ContactRecord>();
  ticketFields: TicketFieldRecord[] = [];
  contactFields: ContactFieldRecord[] = [];
  categories: CategoryRecord[] = [];
  folders: FolderRecord[] = [];
  articles: ArticleRecord[] = [];
  private counters = { conversation: 0, field: 0, choice: 0 };

  constructor(
    readonly account: FreshdeskAccount,
    readonly clock: Clock,
  ) {
    this.reset();
  }

  get seededAt(): string {
    return this.account.seededAt ?? '2024-05-01T09:00:00Z';
  }

  now(): string {
    return iso(this.clock.now());
  }

  /** Back to the seed. The seed object itself is never mutated, so reset can run any number of times. */
  reset(): void {
    const a = structuredClone(this.account);
    const at = this.seededAt;
    this.counters = { conversation: 73015550000, field: 73000550000, choice: 73000900000 };
    this.ticketFields = a.ticketFields.map((f, i) => this.ticketField(f, i + 1));
    this.contactFields = a.contactFields.map((f, i) => this.contactField(f, i + 1));
    this.contacts = new Map(a.contacts.map((c) => [c.id, contactRecord(c, at)]));
    this.tickets = new Map(a.tickets.map((t) => [t.id, ticketRecord(t, at)]));
    this.conversations = new Map(a.tickets.map((t) => [t.id, (t.conversations ?? []).map((c) => conversationRecord(t, c, at))]));
    // New notes get ids above every seeded conversation (a reduce: demo data may hold many thousands).
    this.counters.conversation = a.tickets
      .flatMap((t) => (t.conversations ?? []).map((c) => c.id))
      .reduce((max, id) => Math.max(max, id), this.counters.conversation);
    this.notesCreated = [];
    ({ categories: this.categories, folders: this.folders, articles: this.articles } = solutionRecords(a, at));
  }

  nextConversationId(): number {
    return ++this.counters.conversation;
  }

  nextFieldId(): number {
    return ++this.counters.field;
  }

  nextChoiceId(): number {
    return ++this.counters.choice;
  }

  /** Ids of ticket and contact fields share one sequence, as they do in a real account. */
  private fieldId(id: number | undefined): number {
    if (id === undefined) return this.nextFieldId();
    this.counters.field = Math.max(this.counters.field, id);
    return id;
  }

  private choices(values: string[] | undefined): TicketFieldRecord['choices'] {
    return (values ?? []).map((value, i) => ({ id: this.nextChoiceId(), value, position: i + 1 }));
  }

  private ticketField(f: SeedTicketField, position: number): TicketFieldRecord {
    const at = f.created_at ?? this.seededAt;
    return {
      id: this.fieldId(f.id),
      name: f.name,
      label: f.label,
      label_for_customers: f.label_for_customers ?? f.label,
      description: f.description ?? null,
      type: f.type,
      choices: this.choices(f.choices),
      position: f.position ?? position,
      required_for_closure: f.required_for_closure ?? false,
      required_for_agents: f.required_for_agents ?? false,
      required_for_customers: f.required_for_customers ?? false,
      customers_can_edit: f.customers_can_edit ?? false,
      displayed_to_customers: f.displayed_to_customers ?? false,
      created_at: at,
      updated_at: at,
    };
  }

  private contactField(f: SeedContactField, position: number): ContactFieldRecord {
    const at = f.created_at ?? this.seededAt;
    return {
      id: this.fieldId(f.id),
      name: f.name,
      label: f.label,
      label_for_customers: f.label_for_customers ?? f.label,
      type: f.type,
      choices: this.choices(f.choices),
      position: f.position ?? position,
      required_for_agents: f.required_for_agents ?? false,
      required_for_customers: f.required_for_customers ?? false,
      customers_can_edit: f.customers_can_edit ?? false,
      displayed_for_customers: f.displayed_for_customers ?? false,
      editable_in_signup: f.editable_in_signup ?? false,
      created_at: at,
      updated_at: at,
    };
  }
}
