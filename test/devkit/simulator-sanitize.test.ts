/**
 * The simulator page's allow-list for message bodies and the reply editor (devkit/simulator/page/sanitize.ts,
 * editor.ts), in jsdom: formatting kept, everything that runs, loads or carries attributes gone, text as text.
 */
import { JSDOM } from 'jsdom';
import { richEditor } from '../../devkit/simulator/page/editor';
import { sanitizedHtml, sanitizeHtml } from '../../devkit/simulator/page/sanitize';

let dom: JSDOM;
const doc = () => dom.window.document;
const clean = (html: string) => sanitizedHtml(doc(), html);

beforeEach(() => {
  dom = new JSDOM('<!doctype html><body><div id="editor" contenteditable="true"></div></body>', { runScripts: 'outside-only' });
});
afterEach(() => dom.window.close());

describe('sanitizeHtml', () => {
  it("keeps the editor's formatting and drops every attribute", () => {
    expect(clean('<p class="x" style="color:red" onclick="alert(1)">Hi <b>Dana</b>,<br><i>thanks</i></p><ul><li>one</li></ul>')).toBe(
      '<p>Hi <b>Dana</b>,<br><i>thanks</i></p><ul><li>one</li></ul>',
    );
    // Escaped text stays text: what the app inserts (its HTML escapes the AI's words) reads as typed.
    expect(clean('<p>&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; more</p>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; "quoted" &amp; more</p>');
  });

  it('drops what runs or loads with its content, and unwraps unknown tags to their text', () => {
    const hostile = [
      '<img src="x" onerror="window.__xss=1">',
      '<script>window.__xss=2</script>',
      '<svg onload="window.__xss=3"><text>svg text</text></svg>',
      '<iframe src="javascript:window.__xss=4"></iframe>',
      '<style>body{display:none}</style>',
      '<form action="https://evil.example"><input name="q" value="x"><button>Go</button></form>',
      '<video src="https://evil.example/v.mp4"></video>',
      '<font color="red"><center>kept text</center></font>',
      '<!-- a comment -->',
    ].join('');
    const out = clean(hostile);
    expect(out).toBe('kept text');
    expect(dom.window.eval('window.__xss')).toBeUndefined();
  });

  it('keeps http(s) and mailto links, opened in a new tab without the opener; any other href goes', () => {
    expect(clean('<a href="https://acme.example/help" onclick="x()">help</a>')).toBe('<a href="https://acme.example/help" target="_blank" rel="noopener noreferrer">help</a>');
    expect(clean('<a href="javascript:alert(1)">a</a><a href="data:text/html,x">b</a><a href="/x">c</a>')).toBe('<a>a</a><a>b</a><a>c</a>');
  });

  it('returns nodes of the page it is given, built afresh (no parsed node is moved in)', () => {
    const fragment = sanitizeHtml(doc(), '<p>x</p>');
    expect(fragment.firstChild?.ownerDocument).toBe(doc());
  });

  it('leaves out nesting deeper than any reply', () => {
    const deep = `${'<div>'.repeat(60)}deep${'</div>'.repeat(60)}`;
    expect(clean(deep)).not.toContain('deep');
  });
});

describe('the reply editor', () => {
  const editorBox = () => doc().getElementById('editor') as HTMLElement;

  it("renders the app's setValue HTML, appends by default, prepends or replaces when asked", () => {
    const editor = richEditor(editorBox());
    editor.insert('<p>Hi <b>Dana</b></p>');
    editor.insert('<p>Best, Priya</p>');
    editor.insert('<p>Draft:</p>', { position: 'start' });
    expect(editorBox().innerHTML).toBe('<p>Draft:</p><p>Hi <b>Dana</b></p><p>Best, Priya</p>');
    expect(editorBox().textContent).not.toContain('<p>');
    editor.insert('<p>Only this</p><img src=x onerror="window.__xss=1">', { replace: true });
    expect(editor.html()).toBe('<p>Only this</p>');
    expect(editor.isEmpty()).toBe(false);
  });

  it('sends what it holds, cleaned again (an attribute typed in later is gone too)', () => {
    const editor = richEditor(editorBox());
    editor.insert('<p>ok</p>');
    editorBox().querySelector('p')?.setAttribute('onmouseover', 'alert(1)');
    expect(editor.html()).toBe('<p>ok</p>');
  });

  it('counts empty blocks and spaces as empty, and clears', () => {
    const editor = richEditor(editorBox());
    editor.insert('<p><br></p><div>&nbsp; </div>');
    expect(editor.isEmpty()).toBe(true);
    editor.insert('<p>text</p>');
    editor.clear();
    expect(editor.isEmpty()).toBe(true);
    expect(editorBox().childNodes).toHaveLength(0);
  });

  it('takes a paste as plain text only', () => {
    richEditor(editorBox());
    const paste = new dom.window.Event('paste', { cancelable: true }) as Event & { clipboardData?: unknown };
    Object.defineProperty(paste, 'clipboardData', {
      value: { getData: (type: string) => (type === 'text/plain' ? '<img src=x onerror=alert(1)>pasted' : '<img src=x onerror=alert(1)>') },
    });
    editorBox().dispatchEvent(paste);
    expect(paste.defaultPrevented).toBe(true);
    expect(editorBox().querySelector('img')).toBeNull();
    expect(editorBox().textContent).toBe('<img src=x onerror=alert(1)>pasted');
  });
});
