/**
 * The Solutions walk: categories → folders → subfolders → articles (docs/freshdesk.md "Solutions (knowledge base)").
 */
import { startFreshdesk, type TestFreshdesk } from './helpers';

let fd: TestFreshdesk;
afterEach(() => fd.close());

const S = '/api/v2/solutions';

describe('Solutions (docs/freshdesk.md "Solutions (knowledge base)")', () => {
  beforeEach(async () => {
    fd = await startFreshdesk();
  });

  it('walks the whole tree and finds every article', async () => {
    const found: string[] = [];
    const walkFolder = async (folder: { id: number; sub_folders_count?: number }): Promise<void> => {
      for (const a of (await fd.api.get(`${S}/folders/${folder.id}/articles`)).data) found.push(a.title);
      if (folder.sub_folders_count) {
        for (const sub of (await fd.api.get(`${S}/folders/${folder.id}/subfolders`)).data) await walkFolder(sub);
      }
    };
    const categories = (await fd.api.get(`${S}/categories`)).data;
    expect(categories).toEqual([
      { id: 73000100004, name: 'Billing & Payments', description: null, created_at: expect.any(String), updated_at: expect.any(String) },
    ]);
    const folders = (await fd.api.get(`${S}/categories/73000100004/folders`)).data;
    expect(folders.map((f: { name: string }) => f.name)).toEqual(['Refunds']); // top level only
    expect(folders[0]).toMatchObject({ visibility: 1, parent_folder_id: null, articles_count: 1, sub_folders_count: 1 });
    for (const f of folders) await walkFolder(f);
    expect(found).toEqual(['How long does a refund take?', 'Partial refunds']);
    // Tests read the same knowledge base from the fake's state.
    const { solutions } = fd.service.state();
    expect(solutions.articles.map((a) => a.title).sort()).toEqual([...found].sort());
    expect(solutions.folders.filter((f) => f.parent_folder_id !== null)).toHaveLength(1);
    expect(solutions.categories.map((c) => c.name)).toEqual(['Billing & Payments']);
  });

  // docs/freshdesk.md "Solutions (knowledge base)"
  it('answers one article in the documented shape with its hierarchy', async () => {
    const res = await fd.api.get(`${S}/articles/73000300116`);
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({
      id: 73000300116,
      type: 1,
      status: 2,
      category_id: 73000100004,
      folder_id: 73000200010,
      title: 'Partial refunds',
      description_text: 'We refund the difference.',
      tags: [],
      attachments: [],
      cloud_files: [],
      hierarchy: [
        { level: 0, type: 'category', data: { id: 73000100004, name: 'Billing & Payments', language: 'en' } },
        { level: 1, type: 'folder', data: { id: 73000200009, name: 'Refunds', language: 'en' } },
        { level: 2, type: 'folder', data: { id: 73000200010, name: 'Partial refunds', language: 'en' } },
      ],
    });
    expect((await fd.api.get(`${S}/folders/73000200010`)).data).toMatchObject({ category_id: 73000100004, parent_folder_id: 73000200009 });
  });

  it('has no global article list and 404s unknown parents', async () => {
    expect((await fd.api.get(`${S}/articles`)).status).toBe(404);
    expect((await fd.api.get(`${S}/categories/1/folders`)).status).toBe(404);
    expect((await fd.api.get(`${S}/folders/1/articles`)).status).toBe(404);
  });
});

describe('Solutions variants', () => {
  it('paginates articles with Link rel="next"', async () => {
    fd = await startFreshdesk((a) => {
      a.solutions[0]!.folders[0]!.articles = Array.from({ length: 31 }, (_, i) => ({
        id: 73000400000 + i,
        title: `A${i}`,
        description: `<p>${i}</p>`,
      }));
    });
    const url = `${S}/folders/73000200009/articles`;
    const first = await fd.api.get(url);
    expect(first.data).toHaveLength(30);
    expect(first.headers['link']).toBe(`<https://acme-shop.freshdesk.com${url}?page=2>; rel="next"`);
    const second = await fd.api.get(url, { params: { page: 2 } });
    expect(second.data.map((a: { title: string }) => a.title)).toEqual(['A30']);
    expect(second.headers['link']).toBeUndefined();
  });

  it('serves a newer draft unless ?prefer_published=true', async () => {
    fd = await startFreshdesk((a) => {
      a.solutions[0]!.folders[0]!.articles![0]!.draft = { title: 'Draft title', description: '<p>draft</p>' };
    });
    const url = `${S}/articles/73000300115`;
    expect((await fd.api.get(url)).data).toMatchObject({ title: 'Draft title', description_text: 'draft' });
    expect((await fd.api.get(url, { params: { prefer_published: true } })).data.title).toBe('How long does a refund take?');
  });

  it('older accounts: no subfolders route and no hierarchy keys', async () => {
    fd = await startFreshdesk((a) => {
      a.solutionSubfolders = false;
    });
    expect((await fd.api.get(`${S}/folders/73000200009/subfolders`)).status).toBe(404);
    const folder = (await fd.api.get(`${S}/categories/73000100004/folders`)).data[0];
    expect(folder).not.toHaveProperty('sub_folders_count');
    expect((await fd.api.get(`${S}/articles/73000300115`)).data).not.toHaveProperty('hierarchy');
  });
});
