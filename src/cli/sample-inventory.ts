/**
 * The sample exports shipped in the repo, used when no inventory is given
 * (neither `--inventory` nor INVENTORY_URL), and by the demo.
 */
import { fileURLToPath } from 'node:url';

/** The article-shaped export: 104 hosts, 4 teams, the article's columns (week 0: nobody migrated yet). */
export const SAMPLE_INVENTORY = fileURLToPath(
  new URL('../../samples/article-inventory.csv', import.meta.url),
);

/** The latest week of the messy 400-host sample (8 teams, migration under way), for the demo. */
export const SAMPLE_WEEK = fileURLToPath(new URL('../../samples/weeks/week-06.csv', import.meta.url));

/** The folder of the messy sample's weekly exports (week-00.csv … week-06.csv). */
export const SAMPLE_WEEKS_DIR = fileURLToPath(new URL('../../samples/weeks/', import.meta.url));
