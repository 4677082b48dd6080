/**
 * The account's state in memory, built from a FreshdeskAccount seed and rebuilt from it on reset.
 * Resources read and write these maps directly; rendering to API JSON lives with each resource, and turning
 * seed records into full ones in seed.ts. Field records are built here because their ids come from the
 * account's shared id sequence.
 */
import type { FreshdeskAccount, SeedContactField, SeedConversation, SeedTicket, SeedTicketField } from './account';
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

/**
 * The account's live records as a tool may read them (FreshdeskFake.records: the simulator's page shows them
 * without spending API credits). Read only: they change through the API and the fake's receive…/update… methods.
 */
export interface FreshdeskRecords {
  readonly account: FreshdeskAccount;
  readonly tickets: ReadonlyMap<number, Readonly<TicketRecord>>;
  /** Ticket id → its conversations, in the order they arrived. */
  readonly conversations: ReadonlyMap<number, readonly ConversationJson[]>;
  readonly contacts: ReadonlyMap<number, Readonly<ContactRecord>>;
  readonly ticketFields: readonly TicketFieldRecord[];
  readonly contactFields: readonly ContactFieldRecord[];
  /** Where the account's conversation ids stand: the next note gets a higher one. */
  readonly lastConversationId: number;
}

/**
 * Everything the store holds that changes, as plain JSON: what a tool that keeps the account across restarts
 * writes to disk (the simulator's `.local-platform/freshdesk.json`) and gives back to `restore`.
 */
export interface FreshdeskSnapshot {
  v: 1;
  tickets: TicketRecord[];
  /** [ticket id, its conversations in arrival order]. */
  conversations: Array<[number, ConversationJson[]]>;
  notesCreated: ConversationJson[];
  contacts: ContactRecord[];
  ticketFields: TicketFieldRecord[];
  contactFields: ContactFieldRecord[];
  categories: CategoryRecord[];
  folders: FolderRecord[];
  articles: ArticleRecord[];
  counters: { conversation: number; field: number; choice: number };
}

const SNAPSHOT_LISTS = ['tickets', 'conversations', 'notesCreated', 'contacts', 'ticketFields', 'contactFields', 'categories', 'folders', 'articles'] as const;

/** A snapshot's outline is sound (version, lists, counters); the records themselves are the store's own output. */
export function isFreshdeskSnapshot(value: unknown): value is FreshdeskSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  const counters = s.counters as Record<string, unknown> | undefined;
  return (
    s.v === 1 &&
    SNAPSHOT_LISTS.every((k) => Array.isArray(s[k])) &&
    typeof counters === 'object' &&
    counters !== null &&
    ['conversation', 'field', 'choice'].every((k) => Number.isSafeInteger(counters[k]))
  );
}

export class FreshdeskStore implements FreshdeskRecords {
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
    this.tickets = new Map();
    this.conversations = new Map();
    for (const t of a.tickets) this.addTicket(t, at);
    this.notesCreated = [];
    ({ categories: this.categories, folders: this.folders, articles: this.articles } = solutionRecords(a, at));
  }

  snapshot(): FreshdeskSnapshot {
    return structuredClone({
      v: 1 as const,
      tickets: [...this.tickets.values()],
      conversations: [...this.conversations.entries()],
      notesCreated: this.notesCreated,
      contacts: [...this.contacts.values()],
      ticketFields: this.ticketFields,
      contactFields: this.contactFields,
      categories: this.categories,
      folders: this.folders,
      articles: this.articles,
      counters: this.counters,
    });
  }

  /** The state a snapshot() took, instead of the seed's; reset() still goes back to the seed. */
  restore(snapshot: FreshdeskSnapshot): void {
    if (!isFreshdeskSnapshot(snapshot)) throw new Error('Not a Freshdesk snapshot (version 1)');
    const s = structuredClone(snapshot);
    this.tickets = new Map(s.tickets.map((t) => [t.id, t]));
    this.conversations = new Map(s.conversations);
    this.notesCreated = s.notesCreated;
    this.contacts = new Map(s.contacts.map((c) => [c.id, c]));
    this.ticketFields = s.ticketFields;
    this.contactFields = s.contactFields;
    this.categories = s.categories;
    this.folders = s.folders;
    this.articles = s.articles;
    this.counters = s.counters;
  }

  /**
   * A seed ticket and its seed conversations as records (seed.ts), as the account's own are seeded. `at` dates
   * what the seed leaves undated. The records may share the seed's arrays: pass a copy.
   */
  addTicket(seed: SeedTicket, at: string): TicketRecord {
    const t = ticketRecord(seed, at);
    this.tickets.set(t.id, t);
    this.conversations.set(t.id, []);
    for (const c of seed.conversations ?? []) this.addConversation(seed, c, at);
    return t;
  }

  /** A seed conversation appended to its ticket's; new notes get ids above it. */
  addConversation(ticket: SeedTicket, seed: SeedConversation, at: string): ConversationJson {
    const c = conversationRecord(ticket, seed, at);
    const list = this.conversations.get(ticket.id) ?? [];
    list.push(c);
    this.conversations.set(ticket.id, list);
    this.counters.conversation = Math.max(this.counters.conversation, c.id);
    return c;
  }

  get lastConversationId(): number {
    return this.counters.conversation;
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
