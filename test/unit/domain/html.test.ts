import { escapeHtml, textToHtml } from '../../../server/domain/html';

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });

  it('escapes an already-escaped entity again, so it is shown, not interpreted', () => {
    expect(escapeHtml('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });
});

describe('textToHtml', () => {
  it('makes paragraphs of blank-line blocks and <br> of single newlines, all escaped', () => {
    expect(textToHtml('Hi <Dana>,\r\n\r\nLine one\nLine two\n\n\n')).toBe('<p>Hi &lt;Dana&gt;,</p><p>Line one<br>Line two</p>');
  });

  it('gives nothing for blank text', () => {
    expect(textToHtml(' \n\n ')).toBe('');
  });
});
