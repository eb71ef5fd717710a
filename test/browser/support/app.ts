import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

export interface ApiProcedure {
  id: string;
  reference: string;
  title: string;
  type: string;
  district: string;
  status: string;
  area: { type: 'Polygon' | 'MultiPolygon' };
}

export interface ApiProcedureList {
  items: ApiProcedure[];
  total: number;
}

/** The public procedure list straight from the API, to compare the page with. */
export async function fetchProcedures(
  request: APIRequestContext,
  params: Record<string, string> = {},
): Promise<ApiProcedureList> {
  const response = await request.get('/api/procedures', { params });
  expect(response.ok()).toBe(true);
  return (await response.json()) as ApiProcedureList;
}

/** Procedure areas drawn by Leaflet as SVG paths. */
export const mapAreas = (page: Page): Locator => page.locator('.leaflet-overlay-pane path');

export const procedureList = (page: Page): Locator =>
  page.getByRole('region', { name: 'Liste der Verfahren' });

export const listItems = (page: Page): Locator => procedureList(page).getByRole('listitem');

/** Loaded tiles (Leaflet marks an <img> as loaded once the browser has decoded it). */
export const loadedTiles = (page: Page): Locator => page.locator('img.leaflet-tile-loaded');

export const tilesNotice = (page: Page): Locator =>
  page.getByRole('status').filter({ hasText: 'Hintergrundkarte' });

/** Waits until the element's box is the same in two reads in a row (map animations done). */
export async function expectSettled(locator: Locator): Promise<void> {
  let previous = '';
  await expect
    .poll(
      async () => {
        const box = JSON.stringify(await locator.boundingBox());
        const same = box === previous;
        previous = box;
        return same;
      },
      { intervals: [100, 150, 250] },
    )
    .toBe(true);
}
