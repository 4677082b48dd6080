/**
 * Solutions, the knowledge base (docs/freshdesk.md "Solutions (knowledge base)"): categories → folders (→ subfolders) →
 * articles, every list paginated, and no global article list (GET /solutions/articles is an unknown route, 404).
 * Decisions where the docs are silent: /categories/{id}/folders lists top-level folders only and
 * /folders/{id}/articles the folder's own articles only; a folder's `hierarchy` ends with the folder itself.
 * An article with a newer draft shows the draft unless ?prefer_published=true (docs/freshdesk.md
 * "Solutions (knowledge base)"; accepted, since the docs do not say it is refused).
 */
import type { Ctx } from './context';
import { paginate, unknownQueryErrors } from './pagination';
import type { ArticleRecord, FolderRecord } from './records';
import { notFound, ok, validationFailed } from './responses';
import type { FreshdeskStore } from './store';
import { htmlToText } from './text';

const subfoldersOn = (store: FreshdeskStore): boolean => store.account.solutionSubfolders ?? true;

function hierarchy(store: FreshdeskStore, folder: FolderRecord): Record<string, unknown>[] {
  const chain: FolderRecord[] = [];
  for (let f: FolderRecord | undefined = folder; f; f = store.folders.find((x) => x.id === f?.parent_folder_id)) {
    chain.unshift(f);
  }
  const category = store.categories.find((c) => c.id === folder.category_id);
  return [
    { level: 0, type: 'category', data: { id: folder.category_id, name: category?.name ?? '', language: 'en' } },
    ...chain.map((f, i) => ({ level: i + 1, type: 'folder', data: { id: f.id, name: f.name, language: 'en' } })),
  ];
}

function renderFolder(store: FreshdeskStore, f: FolderRecord, withCategory: boolean): Record<string, unknown> {
  return {
    id: f.id,
    name: f.name,
    description: f.description,
    visibility: f.visibility,
    ...(withCategory ? { category_id: f.category_id } : {}),
    ...(subfoldersOn(store)
      ? {
          parent_folder_id: f.parent_folder_id,
          hierarchy: hierarchy(store, f),
          articles_count: store.articles.filter((a) => a.folder_id === f.id).length,
          sub_folders_count: store.folders.filter((x) => x.parent_folder_id === f.id).length,
        }
      : {}),
    created_at: f.created_at,
    updated_at: f.updated_at,
  };
}

function renderArticle(ctx: Ctx, a: ArticleRecord): Record<string, unknown> {
  const draft = ctx.req.query.get('prefer_published') === 'true' ? undefined : a.draft;
  const folder = ctx.store.folders.find((f) => f.id === a.folder_id);
  return {
    id: a.id,
    type: a.type,
    category_id: a.category_id,
    folder_id: a.folder_id,
    ...(subfoldersOn(ctx.store) && folder ? { hierarchy: hierarchy(ctx.store, folder) } : {}),
    title: draft?.title ?? a.title,
    description: draft?.description ?? a.description,
    description_text: draft ? htmlToText(draft.description) : a.description_text,
    status: a.status,
    agent_id: a.agent_id,
    seo_data: a.seo_data,
    tags: [...a.tags],
    attachments: [],
    cloud_files: [],
    thumbs_up: a.thumbs_up,
    thumbs_down: a.thumbs_down,
    hits: a.hits,
    suggested: 0,
    feedback_count: 0,
    created_at: a.created_at,
    updated_at: draft?.updated_at ?? a.updated_at,
  };
}

export function listCategories(ctx: Ctx) {
  return paginate(ctx, ctx.store.categories);
}

export function getCategory(ctx: Ctx) {
  const c = ctx.store.categories.find((x) => x.id === ctx.id);
  return c ? ok(c) : notFound();
}

export function listFolders(ctx: Ctx) {
  if (!ctx.store.categories.some((c) => c.id === ctx.id)) return notFound();
  const top = ctx.store.folders.filter((f) => f.category_id === ctx.id && f.parent_folder_id === null);
  return paginate(ctx, top.map((f) => renderFolder(ctx.store, f, false)));
}

export function getFolder(ctx: Ctx) {
  const f = ctx.store.folders.find((x) => x.id === ctx.id);
  return f ? ok(renderFolder(ctx.store, f, true)) : notFound();
}

export function listSubfolders(ctx: Ctx) {
  if (!subfoldersOn(ctx.store) || !ctx.store.folders.some((f) => f.id === ctx.id)) return notFound();
  const children = ctx.store.folders.filter((f) => f.parent_folder_id === ctx.id);
  return paginate(ctx, children.map((f) => renderFolder(ctx.store, f, true)));
}

export function listArticles(ctx: Ctx) {
  if (!ctx.store.folders.some((f) => f.id === ctx.id)) return notFound();
  const own = ctx.store.articles.filter((a) => a.folder_id === ctx.id);
  return paginate(ctx, own.map((a) => renderArticle(ctx, a)), ['prefer_published']);
}

export function getArticle(ctx: Ctx) {
  const a = ctx.store.articles.find((x) => x.id === ctx.id);
  if (!a) return notFound();
  const unknown = unknownQueryErrors(ctx, ['prefer_published']);
  return unknown.length ? validationFailed(unknown) : ok(renderArticle(ctx, a));
}
