/**
 * Agent-portal links (docs/platform.md "Front end: agent-portal links"): a ticket, a Solutions article, and the
 * form for a new Solutions article. Pure: the origin comes from the port (`currentHost`); without it, no link.
 */
export const ticketLink = (origin: string | undefined, ticketId: number): string | undefined =>
  origin === undefined ? undefined : `${origin}/a/tickets/${ticketId}`;

export const articleLink = (origin: string | undefined, articleId: number | undefined): string | undefined =>
  origin === undefined || articleId === undefined ? undefined : `${origin}/a/solutions/articles/${articleId}`;

/** The blank new-article form: no documented parameter fills the title, so the page shows the suggested title beside it. */
export const newArticleLink = (origin: string | undefined): string | undefined =>
  origin === undefined ? undefined : `${origin}/a/solutions/articles/new`;
