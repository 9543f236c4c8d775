// The MDX articles, in reading order (front matter `order`, then id): the one way pages read them.
import { getCollection } from 'astro:content';

export async function getArticles() {
  return (await getCollection('articles')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
