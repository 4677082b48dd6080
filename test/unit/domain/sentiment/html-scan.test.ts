import { decodeEntities, dropElements, htmlToText, tokenize, tokensToText } from '../../../../server/domain/sentiment/html-scan';

const names = (html: string) => tokenize(html).map((t) => (t.kind === 'text' ? `"${t.text}"` : `${t.tag.closing ? '/' : ''}${t.tag.name}${t.tag.empty ? '/' : ''}`));

describe('tokenize', () => {
  it('splits tags and text; names lower case; void and self-closed tags are empty', () => {
    expect(names('<DIV>a<br>b<img src=x/><p/>c</DIV>')).toEqual(['div', '"a"', 'br/', '"b"', 'img/', 'p/', '"c"', '/div']);
  });

  it('reads attributes quoted, unquoted and bare, a ">" inside quotes included', () => {
    const [first] = tokenize('<div class="a b" data-x=\'1>2\' id=main hidden>');
    expect(first).toEqual({ kind: 'tag', tag: { name: 'div', closing: false, empty: false, attrs: { class: 'a b', 'data-x': '1>2', id: 'main', hidden: '' } } });
    expect(tokenize('<div a="1"b="2">')[0]).toMatchObject({ tag: { attrs: { a: '1', b: '2' } } });
  });

  it('takes a "<" that starts no tag, and comments, as they are: text and nothing', () => {
    expect(names('1 < 2 <!-- hidden --> 3 <> 4')).toEqual(['"1 < 2 "', '" 3 <> 4"']);
  });
});

describe('dropElements', () => {
  it('drops an element with its content, balancing nested tags of the same name; a line break stands in its place', () => {
    const { tokens, dropped } = dropElements(tokenize('<div>a<span class="q"><span>b</span>c</span>d</div>'), (t) => (t.attrs.class === 'q' ? 'element' : undefined));
    expect(dropped).toBe(true);
    expect(tokensToText(tokens)).toBe('a\nd');
  });

  it('drops everything from a "rest" element on', () => {
    const { tokens } = dropElements(tokenize('<p>keep</p><div id="cut"></div><p>gone</p>'), (t) => (t.attrs.id === 'cut' ? 'rest' : undefined));
    expect(tokens.filter((t) => t.kind === 'text').map((t) => (t as { text: string }).text)).toEqual(['keep']);
  });

  it('always hides script, style and head, without counting them as dropped', () => {
    const { tokens, dropped } = dropElements(tokenize('<head><title>T</title></head><style>x</style><p>y</p>'), () => undefined);
    expect(dropped).toBe(false);
    expect(tokens.filter((t) => t.kind === 'text')).toEqual([{ kind: 'text', text: 'y' }]);
  });
});

describe('htmlToText', () => {
  it('collapses source whitespace and breaks lines at blocks and <br>', () => {
    expect(htmlToText('<p>one\n   two</p><ul><li>three</li><li>four</li></ul>five<br>six')).toBe('one two\nthree\nfour\nfive\nsix');
  });

  it('decodes named and numeric entities, and leaves unknown ones', () => {
    expect(decodeEntities('&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; &hellip; &#x1F600; &#128512; &bogus; &#xD800;')).toBe('<b> & "x" \'y\' … 😀 😀 &bogus; &#xD800;');
  });
});
