// Page numbers come from the URL (?page=), so anything a user can type must land on a real page.

export type PageWindow = { page: number; pageSize: number; offset: number };

export function parsePageParam(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  const page = Number(value);
  return page >= 1 ? page : 1;
}

export function pageWindow(page: number, pageSize: number): PageWindow {
  const safePage = Number.isInteger(page) && page >= 1 ? page : 1;
  return { page: safePage, pageSize, offset: (safePage - 1) * pageSize };
}

export function pageCount(total: number, pageSize: number): number {
  if (total <= 0 || pageSize <= 0) return 1;
  return Math.ceil(total / pageSize);
}
