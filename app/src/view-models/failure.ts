/** A failed sidebar action in words: what went wrong and what the agent can do. */
import { SidebarError } from '../port';

export function failureWords(error: unknown, what: string): string {
  if (!(error instanceof SidebarError)) return `${what} did not work. Try again.`;
  switch (error.kind) {
    case 'offline':
      return `${what} did not reach Freshdesk. Check the connection and try again.`;
    case 'rate_limited':
      return `${what} has to wait: the app used its requests for this minute. Try again in a minute.`;
    case 'timeout':
      return `${what} took too long. Try again.`;
    case 'unavailable':
      return `${what} is not possible right now: the service did not answer. Try again in a few minutes.`;
    case 'unauthorized':
      return `${what} was refused: a key in the app’s settings is wrong. Ask your admin to check them.`;
    case 'rejected':
      return `${what} was refused by the service.`;
    case 'not_found':
      return `${what} found nothing to work on.`;
    case 'invalid':
      return `${what} got an answer the sidebar could not read.`;
  }
}
