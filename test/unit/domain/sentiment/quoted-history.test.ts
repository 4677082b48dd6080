/**
 * The customer's own words of real-shaped replies (domain/sentiment/quoted-history.ts): the bodies below follow the
 * markup Freshdesk and the common mail clients produce (docs/platform.md, "Quoted history in conversations"); the
 * names, addresses and dates are made up.
 */
import { cutQuotedTail, MAX_HTML_SCANNED, ownWords } from '../../../../server/domain/sentiment/quoted-history';

const ANGRY = 'This is the third time I am writing. Nobody has fixed it and I am really angry.';
const POLITE = 'Hi Dana, thank you so much for your patience! We are happy to help and we appreciate you.';

describe('HTML bodies: the quoted history goes by its markup', () => {
  it('an email reply Freshdesk stored with its div.freshdesk_quote > blockquote.freshdesk_quote', () => {
    const body =
      `<div dir="ltr">${ANGRY}</div>\n<div><br></div>\n` +
      '<div class="freshdesk_quote">\n<blockquote class="freshdesk_quote">On Mon, 24 Nov 2026 at 10:02, Acme Support &lt;support@acme.test&gt; wrote:<br>\n' +
      `<div>${POLITE}<br>Best,<br>Sam</div>\n</blockquote>\n</div>`;
    expect(ownWords(body, `${ANGRY}\nOn Mon, 24 Nov 2026 at 10:02, Acme Support <support@acme.test> wrote:\n${POLITE}`)).toEqual({ text: ANGRY, quoted: true });
  });

  it('a Gmail reply: div.gmail_quote with its gmail_attr line and blockquote', () => {
    const body =
      '<div dir="ltr">Thanks, the refund arrived. 👍</div><br>' +
      '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Tue, Nov 25, 2026 at 9:14 AM Acme Support &lt;<a href="mailto:support@acme.test">support@acme.test</a>&gt; wrote:<br></div>' +
      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Hi Dana, we have refunded the duplicate charge.</div></blockquote></div>';
    expect(ownWords(body, null)).toEqual({ text: 'Thanks, the refund arrived. 👍', quoted: true });
  });

  it('an Apple Mail reply: blockquote[type=cite], its attribution line outside it', () => {
    const body =
      '<div>Still broken after the update.</div><div><br><div>On 24 Nov 2026, at 10:02, Acme Support &lt;support@acme.test&gt; wrote:</div>' +
      '<br class="Apple-interchange-newline"><blockquote type="cite"><div>We fixed it on our side!</div></blockquote></div>';
    expect(ownWords(body, null)).toEqual({ text: 'Still broken after the update.', quoted: true });
  });

  it('a Thunderbird reply: div.moz-cite-prefix and blockquote[type=cite]', () => {
    const body =
      '<p>No, it still does not work.</p><div class="moz-cite-prefix">On 24/11/2026 10:02, Acme Support wrote:<br></div>' +
      '<blockquote type="cite" cite="mid:abc@acme.test"><p>Could you try again?</p></blockquote>';
    expect(ownWords(body, null)).toEqual({ text: 'No, it still does not work.', quoted: true });
  });

  it('a forwarded mail from Outlook: everything from its reply header (#appendonsend, #divRplyFwdMsg) on', () => {
    const body =
      '<div>Please see below: your courier lost my parcel again. This is unacceptable.</div>' +
      '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
      '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri" style="font-size:11pt"><b>From:</b> Acme Shipping &lt;noreply@acme.test&gt;<br>' +
      '<b>Sent:</b> Monday, November 24, 2026 10:02 AM<br><b>To:</b> Dana<br><b>Subject:</b> Your parcel is on its way</font><div>&nbsp;</div></div>' +
      '<div>Great news! Your parcel is on its way.</div>';
    expect(ownWords(body, null)).toEqual({ text: 'Please see below: your courier lost my parcel again. This is unacceptable.', quoted: true });
  });

  it('a mail forwarded from Gmail: the forwarded message is in div.gmail_quote', () => {
    const body =
      '<div dir="ltr">FYI, the second invoice is wrong too.<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <b>Acme Billing</b> &lt;billing@acme.test&gt;<br>Date: Mon, Nov 24, 2026 at 8:00 AM<br></div>' +
      '<div>Your invoice INV-2291 is attached. Thank you for your business!</div></div></div>';
    expect(ownWords(body, null)).toEqual({ text: 'FYI, the second invoice is wrong too.', quoted: true });
  });

  it('a portal reply without any quote keeps every word, paragraphs as lines', () => {
    const body = '<p>Could you please call me back?</p><p>My number is 555&nbsp;0100 &amp; I am free after 5&nbsp;pm.</p>';
    expect(ownWords(body, 'ignored when there is HTML')).toEqual({ text: 'Could you please call me back?\nMy number is 555 0100 & I am free after 5 pm.', quoted: false });
  });

  it('a reply that is only a quote has no words of its own', () => {
    const body = '<div class="freshdesk_quote"><blockquote class="freshdesk_quote">On Mon, 24 Nov 2026 at 10:02, Acme Support wrote:<br>Anything else?</blockquote></div>';
    expect(ownWords(body, 'On Mon, 24 Nov 2026 at 10:02, Acme Support wrote: Anything else?')).toEqual({ text: '', quoted: true });
    expect(ownWords('<div><br></div><blockquote type="cite">Anything else?</blockquote>', null)).toEqual({ text: '', quoted: true });
  });

  it('Unicode: emoji, accents and a German Gmail attribution', () => {
    const body =
      '<div dir="ltr">Das ist inakzeptabel! 😡 Ich warte seit drei Wochen – schon wieder.</div>' +
      '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Am Mo., 24. Nov. 2026 um 10:02 Uhr schrieb Acme Support &lt;support@acme.test&gt;:<br></div>' +
      '<blockquote class="gmail_quote">Vielen Dank für Ihre Geduld!</blockquote></div>';
    expect(ownWords(body, null)).toEqual({ text: 'Das ist inakzeptabel! 😡 Ich warte seit drei Wochen – schon wieder.', quoted: true });
    expect(ownWords('<div>Très déçu&#8230; &#x1F620;</div>', null)).toEqual({ text: 'Très déçu… 😠', quoted: false });
  });

  it('keeps what follows a quote element once it is closed, however deeply the quote nests divs', () => {
    const body = '<div>Before.</div><div class="freshdesk_quote"><div><div>quoted <div>deeper</div></div></div></div><div>After.</div>';
    expect(ownWords(body, null)).toEqual({ text: 'Before.\nAfter.', quoted: true });
  });

  it('never throws on broken or truncated markup: an unclosed quote runs to the end', () => {
    expect(ownWords('<div>Help!</div><div class="freshdesk_quote"><blockquote class="freshdesk_quote">On Mon', null)).toEqual({ text: 'Help!', quoted: true });
    expect(ownWords('<div>Cut here <span class="x', null)).toEqual({ text: 'Cut here <span class="x', quoted: false });
    expect(ownWords('<div title="a > b">2 < 3 and 5 > 4</div><!-- a comment', null)).toEqual({ text: '2 < 3 and 5 > 4', quoted: false });
  });

  it('drops scripts and styles, which no reader sees', () => {
    expect(ownWords('<style>div{color:red}</style><div>Hello</div><script>alert(1)</script>', null)).toEqual({ text: 'Hello', quoted: false });
  });

  it('reads at most MAX_HTML_SCANNED characters of markup, in bounded time', () => {
    const huge = `<div>Top words.</div>${'<div class="x" a=1 b="2">filler</div>'.repeat(20_000)}`;
    expect(huge.length).toBeGreaterThan(MAX_HTML_SCANNED);
    const started = Date.now();
    expect(ownWords(huge, null).text.startsWith('Top words.\nfiller')).toBe(true);
    expect(ownWords(`<a b${' c'.repeat(50_000)}`, null).quoted).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('plain text (body_text, when there is no HTML): the tail from the first reply header is cut', () => {
  it.each([
    ['an "On … wrote:" line', `${ANGRY}\n\nOn Mon, 24 Nov 2026 at 10:02, Acme Support <support@acme.test> wrote:\n> ${POLITE}`],
    ['an attribution over two lines', `${ANGRY}\nOn Mon, Nov 24, 2026 at 10:02 AM Acme Support <\nsupport@acme.test> wrote:\n${POLITE}`],
    ['"-----Original Message-----"', `${ANGRY}\n-----Original Message-----\nFrom: Acme Support\n${POLITE}`],
    ['"From: … Sent: …" headers', `${ANGRY}\n\nFrom: Acme Support <support@acme.test>\nSent: Monday, November 24, 2026 10:02 AM\nTo: Dana\n${POLITE}`],
    ['a forwarded-message line', `${ANGRY}\n---------- Forwarded message ---------\n${POLITE}`],
    ['trailing "> " lines alone', `${ANGRY}\n\n> ${POLITE}\n> Sam`],
    ['a French attribution', `${ANGRY}\nLe lun. 24 nov. 2026 à 10:02, Acme Support <support@acme.test> a écrit :\n${POLITE}`],
    ['a German attribution', `${ANGRY}\nAm 24.11.2026 um 10:02 schrieb Acme Support <support@acme.test>:\n${POLITE}`],
  ])('%s', (_what, text) => {
    expect(ownWords(undefined, text)).toEqual({ text: ANGRY, quoted: true });
  });

  it('leaves a customer’s own sentences that only look like headers', () => {
    const text = 'On Monday I tried again and it failed.\nFrom: my phone, not the laptop.\nI wrote: "please help" twice.\n2 > 1, right?';
    expect(cutQuotedTail(text)).toEqual({ text, cut: false });
  });

  it('a plain-text reply that is only a quote has no words of its own', () => {
    expect(ownWords(null, 'On Mon, 24 Nov 2026 at 10:02, Acme Support wrote:\n> Anything else?')).toEqual({ text: '', quoted: true });
    expect(ownWords(null, '  ')).toEqual({ text: '', quoted: false });
  });
});
