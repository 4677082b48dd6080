/** A page's event stream (GET /fdk/events?ticket=<id>) read the way EventSource reads it, for tests. */
import { request, type IncomingMessage } from 'node:http';

export interface EventStream {
  response: IncomingMessage;
  /** Every `data:` line so far, parsed. */
  events: unknown[];
  close(): void;
}

export function openEventStream(baseUrl: string, ticketId: number): Promise<EventStream> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: `/fdk/events?ticket=${ticketId}` }, (response) => {
      const events: unknown[] = [];
      let buffered = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffered += chunk;
        const frames = buffered.split('\n\n');
        buffered = frames.pop() ?? '';
        for (const frame of frames) for (const line of frame.split('\n')) if (line.startsWith('data: ')) events.push(JSON.parse(line.slice(6)));
      });
      resolve({ response, events, close: () => req.destroy() });
    });
    // Closing the stream on purpose ends the request with "socket hang up".
    req.on('error', (e) => (String(e).includes('socket hang up') ? undefined : reject(e)));
    req.end();
  });
}
